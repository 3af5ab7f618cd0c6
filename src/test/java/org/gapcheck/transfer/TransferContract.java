package org.gapcheck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gapcheck.access.Accounts;
import org.gapcheck.access.Tokens;
import org.gapcheck.json.Json;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.testing.Database;
import org.gapcheck.testing.StoredServer;
import org.gapcheck.testing.StoredServer.Answer;
import org.gapcheck.testing.TotpCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export and import on one kind of database (a subclass per kind): a database filled through the
 * service (accounts, a TOTP enrolment, an invitation, a token, a draft saved, submitted and
 * acknowledged, the next year's draft carried over from it, a section assigned, the audit log of all that) is exported once; each case imports
 * that file, or a damaged copy of it, into a database of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TransferContract {

    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    private final List<Database> databases = new ArrayList<>();
    private Database source;
    private String exported;

    /** A fresh database of the subclass's kind. */
    protected abstract Database database() throws Exception;

    @BeforeAll
    void fill() throws Exception {
        source = fresh();
        try (StoredServer server = StoredServer.start(source, Map.of())) {
            if (server == null) {
                return;
            }
            Accounts accounts = server.bean(Accounts.class);
            accounts.create(new Accounts.Request("coordinator.xaf", "coordinator", "XAF", "NV/2026/7", PASSWORD), null);
            accounts.create(new Accounts.Request("contributor.xaf", "contributor", "XAF", null, PASSWORD), null);
            Account secretariat = accounts.create(new Accounts.Request("secretariat", "secretariat", null, null, PASSWORD), null);
            String[] coordinator = login(server, "coordinator.xaf", null);
            String[] clerk = login(server, "secretariat", "enrol");
            Answer saved = as(server, coordinator, "PATCH", "/api/countries/XAF/submissions/2024", midterm());
            assertEquals(200, saved.status(), saved.body());
            long version = saved.json().get("draft_version").asLong();
            ok(as(server, coordinator, "POST", "/api/countries/XAF/submissions/2024/submit",
                    "{\"certify\": true, \"draft_version\": " + version + "}"));
            ok(as(server, clerk, "POST", "/api/countries/XAF/submissions/2024/acknowledge", null));
            ok(as(server, coordinator, "POST", "/api/countries/XAF/submissions/2025/carry-over", null));
            ok(as(server, coordinator, "PUT", "/api/countries/XAF/assignments/contributor.xaf", "{\"sections\": [\"HR\"]}"));
            ok(as(server, coordinator, "POST", "/api/accounts", "{\"login\": \"invited.xaf\", \"role\": \"contributor\", \"country\": \"XAF\"}"));
            server.bean(Tokens.class).create("ci", List.of("ruleset:validate"), 30, secretariat.id());
            server.bean(org.gapcheck.access.Identities.class).link("secretariat", "https://login.example.org", "f3a9-77", null);
            StringWriter out = new StringWriter();
            server.bean(Exporter.class).export(out);
            exported = out.toString();
        }
    }

    @BeforeEach
    void require() {
        source.require();
    }

    @AfterAll
    void removeDatabases() throws Exception {
        for (Database database : databases) {
            database.close();
        }
    }

    @Test
    void anExportImportedAndExportedAgainIsTheSameAndTheServiceWorksOnIt() throws Exception {
        List<String> lines = exported.lines().toList();
        assertTrue(lines.size() > 20, exported);
        assertTrue(lines.get(0).startsWith("{\"format\":\"gapcheck-export\",\"format_version\":1,"), lines.get(0));
        for (String table : List.of("accounts", "account_identities", "api_tokens", "one_time_links", "submissions", "answer_changes", "submission_versions",
                "section_assignments", "carry_overs", "audit_log")) {
            assertTrue(exported.contains("{\"table\":\"" + table + "\",\"row\":{\"id\":"), "has rows of " + table);
        }
        Database target = fresh();
        Path file = write(exported);
        try (ApplicationContext context = ApplicationContext.run(target.properties())) {
            Map<String, Long> rows = context.getBean(Importer.class).load(file, "backup.jsonl");
            assertEquals(lines.size() - 1, rows.values().stream().mapToLong(Long::longValue).sum());
            StringWriter again = new StringWriter();
            context.getBean(Exporter.class).export(again);
            List<String> second = again.toString().lines().toList();
            assertEquals(withoutTime(lines.get(0)), withoutTime(second.get(0)));
            assertEquals(lines.subList(1, lines.size()), second.subList(1, second.size()));
        }
        try (StoredServer server = StoredServer.start(target, Map.of())) {
            Answer login = server.send("POST", "/api/session", "{\"login\": \"coordinator.xaf\", \"password\": \"" + PASSWORD + "\"}");
            assertEquals(201, login.status(), login.body());
            long largest = server.bean(AccountRepository.class).findAllOrderByLogin().stream().mapToLong(Account::id).max().orElseThrow();
            Account added = server.bean(Accounts.class).create(new Accounts.Request("added.xaf", "contributor", "XAF", null, PASSWORD), null);
            assertTrue(added.id() > largest, "the sequence was moved past " + largest + ": " + added.id());
            String[] coordinator = {login.header("Set-Cookie").split(";")[0], login.json().get("csrf_token").asText()};
            ok(as(server, coordinator, "PATCH", "/api/countries/XAF/submissions/2025", "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"yes\"}}"));
        }
    }

    @Test
    void aDatabaseThatHoldsDataIsRefusedAndKeptAsItWas() throws Exception {
        Path file = write(exported);
        try (ApplicationContext context = ApplicationContext.run(source.properties())) {
            Map<String, Long> before = context.getBean(Tables.class).counts();
            ImportRefused refused = assertThrows(ImportRefused.class, () -> context.getBean(Importer.class).load(file, "backup.jsonl"));
            assertTrue(refused.getMessage().startsWith("the database is not empty ("), refused.getMessage());
            assertEquals(before, context.getBean(Tables.class).counts());
        }
    }

    @Test
    void everyDamagedLineIsNamedAndNothingIsStored() throws Exception {
        List<String> lines = exported.lines().toList();
        int account = firstOf(lines, "accounts");
        int audit = firstOf(lines, "audit_log") + 1;
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        cases.put(account + 1 + ": unknown table 'people'", with(lines, account, lines.get(account).replace("\"accounts\"", "\"people\"")));
        cases.put(account + 1 + ": unknown column 'nickname' in accounts",
                with(lines, account, lines.get(account).replace("\"login\":", "\"nickname\":\"x\",\"login\":")));
        cases.put(account + 1 + ": missing column 'login' in accounts",
                with(lines, account, lines.get(account).replaceAll("\"login\":\"[^\"]*\",", "")));
        cases.put(account + 1 + ": column 'active' of accounts: ",
                with(lines, account, lines.get(account).replace("\"active\":true", "\"active\":\"yes\"")));
        cases.put(account + 1 + ": not a JSON object: ", with(lines, account, lines.get(account).substring(0, 40)));
        cases.put(audit + 1 + ": audit entry ", with(lines, audit, lines.get(audit).replaceAll("\"subject\":\"", "\"subject\":\"x")));
        cases.put("1: the header counts ", lines.subList(0, lines.size() - 1));
        cases.put("1: not a Gapcheck export", with(lines, 0, "{\"table\": \"accounts\"}"));
        cases.put(account + 2 + ": id ", with(lines, account + 1, lines.get(account)));
        Database target = fresh();
        try (ApplicationContext context = ApplicationContext.run(target.properties())) {
            for (Map.Entry<String, List<String>> damaged : cases.entrySet()) {
                Path file = write(String.join("\n", damaged.getValue()) + "\n");
                ImportRefused refused = assertThrows(ImportRefused.class, () -> context.getBean(Importer.class).load(file, "backup.jsonl"));
                assertTrue(refused.getMessage().startsWith("backup.jsonl:" + damaged.getKey()), damaged.getKey() + " <> " + refused.getMessage());
                assertTrue(context.getBean(Tables.class).counts().values().stream().allMatch(n -> n == 0), "nothing stored: " + refused.getMessage());
            }
            Path huge = write(lines.get(0) + "\n{\"table\": \"accounts\", \"row\": {\"login\": \"" + "x".repeat(Format.LINE_LIMIT) + "\"}}\n");
            ImportRefused refused = assertThrows(ImportRefused.class, () -> context.getBean(Importer.class).load(huge, "huge.jsonl"));
            assertEquals("huge.jsonl:2: the line is longer than 16777216 bytes (16 MiB)", refused.getMessage());
        }
    }

    private Database fresh() throws Exception {
        Database database = database();
        databases.add(database);
        database.require();
        return database;
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "export-", ".jsonl");
        Files.writeString(file, text);
        return file;
    }

    private static int firstOf(List<String> lines, String table) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"table\":\"" + table + "\"")) {
                return i;
            }
        }
        throw new AssertionError("no row of " + table);
    }

    private static List<String> with(List<String> lines, int index, String line) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(index, line);
        return copy;
    }

    /** XAF's midterm fixture as a merge patch of a submission (its year is the path's). */
    static String midterm() throws java.io.IOException {
        ObjectNode fixture = (ObjectNode) Json.mapper().readTree(Files.readString(Path.of("fixtures/xaf-midterm-2024.json")));
        fixture.remove("$schema");
        fixture.remove("reporting_year");
        return fixture.toString();
    }

    static String withoutTime(String header) {
        return header.replaceAll("\"exported_at\":\"[^\"]*\"", "");
    }

    /** Logs in (enrolling TOTP where {@code totp} asks); the session's cookie and CSRF token. */
    static String[] login(StoredServer server, String login, String totp) {
        String credentials = "\"login\": \"" + login + "\", \"password\": \"" + PASSWORD + "\"";
        Answer answer = server.send("POST", "/api/session", "{" + credentials + "}");
        if (totp != null) {
            String code = TotpCodes.now(server.bean(AccountRepository.class).findByLogin(login).orElseThrow().totpSecret());
            answer = server.send("POST", "/api/session", "{" + credentials + ", \"totp\": \"" + code + "\"}");
        }
        assertEquals(201, answer.status(), answer.body());
        String cookie = answer.header("Set-Cookie");
        return new String[] {cookie.substring(0, cookie.indexOf(';')), answer.json().get("csrf_token").asText()};
    }

    static Answer as(StoredServer server, String[] caller, String method, String path, String json) {
        return server.send(method, path, json, "Cookie", caller[0], "X-CSRF-Token", caller[1]);
    }

    static void ok(Answer answer) {
        assertTrue(answer.status() < 300, answer.status() + " " + answer.body());
    }
}
