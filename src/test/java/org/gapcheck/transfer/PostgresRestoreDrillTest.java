package org.gapcheck.transfer;

import static org.gapcheck.transfer.TransferContract.PASSWORD;
import static org.gapcheck.transfer.TransferContract.as;
import static org.gapcheck.transfer.TransferContract.login;
import static org.gapcheck.transfer.TransferContract.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.gapcheck.access.Accounts;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.storage.AuditRepository;
import org.gapcheck.testing.Database;
import org.gapcheck.testing.Required;
import org.gapcheck.testing.StoredServer;
import org.gapcheck.testing.StoredServer.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore drill of the README ("Backup and restore"), run: a schema filled through the service
 * (accounts, a TOTP enrolment, a draft saved twice, a version submitted and acknowledged, the audit
 * log of all that) is dumped with {@code pg_dump -Fc}, restored with {@code pg_restore --no-owner}
 * into a fresh database, and a server started on the copy holds the same data (the same export),
 * an unbroken audit chain, and the sessions open when the dump was taken.
 */
class PostgresRestoreDrillTest {

    private static final String HOST = "127.0.0.1";

    @TempDir
    Path dir;

    @Test
    void aDumpRestoredIntoAFreshDatabaseHoldsTheSameDataAnUnbrokenChainAndTheOpenSessions() throws Exception {
        List<String> missing = List.of("pg_dump", "pg_restore").stream().filter(tool -> onPath(tool) == null).toList();
        Required.that("pg_dump and pg_restore", "GAPCHECK_REQUIRE_POSTGRES", missing.isEmpty(), String.join(" and ", missing)
                + " not on PATH (Debian: apt-get install postgresql-client)");
        String drill = "gapcheck_drill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Database.Postgres source = Database.postgres()) {
            source.require();
            String before;
            String[] coordinator;
            try (StoredServer server = StoredServer.start(source, Map.of())) {
                coordinator = fill(server);
                before = export(server);
            }
            Path dump = dir.resolve("gapcheck.dump");
            run("pg_dump", "-Fc", "-h", HOST, "-U", Database.POSTGRES_USER, "-d", source.database(), "-n", source.schema(),
                    "-f", dump.toString());
            sql("create database " + drill);
            run("pg_restore", "-h", HOST, "-U", Database.POSTGRES_USER, "-d", drill, "--no-owner", "--exit-on-error", dump.toString());
            try (Database.Postgres copy = new Database.Postgres(drill, source.schema());
                 StoredServer server = StoredServer.start(copy, Map.of())) {
                String after = export(server);
                assertEquals(TransferContract.withoutTime(before), TransferContract.withoutTime(after), "the copy holds the same rows");
                assertTrue(server.bean(AuditRepository.class).count() > 5, "the audit log came along");
                assertEquals(java.util.Optional.empty(), server.bean(AuditLog.class).firstBroken(), "the audit chain is unbroken");
                Answer draft = as(server, coordinator, "GET", "/api/countries/XAF/submissions/2025", null);
                assertEquals(200, draft.status(), "the session opened before the dump works on the copy: " + draft.body());
                assertEquals("yes", draft.json().at("/draft/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").asText(), draft.body());
                assertEquals("acknowledged", as(server, coordinator, "GET", "/api/countries/XAF/submissions/2024", null).json()
                        .get("state").asText());
                String[] again = login(server, "coordinator.xaf", null);
                ok(as(server, again, "GET", "/api/countries/XAF/submissions/2024/versions/1/receipt", null));
                ok(as(server, again, "PATCH", "/api/countries/XAF/submissions/2025", "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"partly\"}}"));
                assertEquals(java.util.Optional.empty(), server.bean(AuditLog.class).firstBroken(), "appends follow the restored chain");
            }
        } finally {
            sql("drop database if exists " + drill + " with (force)");
        }
    }

    /**
     * Accounts, the secretariat's TOTP, XAF's 2024 submission saved, submitted and acknowledged, and its
     * 2025 draft saved twice; the coordinator's session, kept open.
     */
    private static String[] fill(StoredServer server) throws IOException {
        Accounts accounts = server.bean(Accounts.class);
        accounts.create(new Accounts.Request("coordinator.xaf", "coordinator", "XAF", "NV/2026/7", PASSWORD), null);
        accounts.create(new Accounts.Request("secretariat", "secretariat", null, null, PASSWORD), null);
        String[] coordinator = login(server, "coordinator.xaf", null);
        String[] clerk = login(server, "secretariat", "enrol");
        Answer saved = as(server, coordinator, "PATCH", "/api/countries/XAF/submissions/2024", TransferContract.midterm());
        ok(saved);
        ok(as(server, coordinator, "POST", "/api/countries/XAF/submissions/2024/submit",
                "{\"certify\": true, \"draft_version\": " + saved.json().get("draft_version").asLong() + "}"));
        ok(as(server, clerk, "POST", "/api/countries/XAF/submissions/2024/acknowledge", null));
        ok(as(server, coordinator, "PATCH", "/api/countries/XAF/submissions/2025", "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"no\"}}"));
        ok(as(server, coordinator, "PATCH", "/api/countries/XAF/submissions/2025", "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"yes\"}}"));
        return coordinator;
    }

    private static String export(StoredServer server) throws IOException {
        StringWriter out = new StringWriter();
        server.bean(Exporter.class).export(out);
        return out.toString();
    }

    private static void sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(Database.POSTGRES_URL, Database.POSTGRES_USER, "");
             Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    /** Runs a client tool of PostgreSQL; fails with what it printed unless it ends with 0 within a minute. */
    private void run(String... command) throws Exception {
        Path log = Files.createTempFile(dir, "pg-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not end within a minute");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + Files.readString(log));
    }

    private static Path onPath(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
