package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gapcheck export} and {@code gapcheck import} on the embedded database (the core runs on both databases in org.gapcheck.transfer). */
class TransferCommandsTest {

    @TempDir
    Path dir;

    @Test
    void anExportLoadsIntoANewDatabaseAndExportsTheSame() throws Exception {
        String from = dir.resolve("from").toString();
        Path password = dir.resolve("password");
        Files.writeString(password, "a long enough password\n");
        for (String login : List.of("root.admin", "second.admin")) {
            CliRun created = CliRun.of("admin", "create-user", "--login", login, "--role", "administrator", "--password-file",
                    password.toString(), "--data", from);
            assertEquals(ExitCode.OK, created.exitCode(), created.err());
        }
        Path file = dir.resolve("backup.jsonl");
        CliRun exported = CliRun.of("export", "--data", from, "-o", file.toString());
        assertEquals(ExitCode.OK, exported.exitCode(), exported.err());
        long rows = Files.readAllLines(file).size() - 1;
        assertTrue(exported.err().startsWith("wrote " + file + " (" + rows + " rows, "), exported.err());
        CliRun printed = CliRun.of("export", "--data", from);
        assertEquals(Files.readAllLines(file).subList(1, (int) rows + 1), printed.out().lines().skip(1).toList());

        String to = dir.resolve("to").toString();
        CliRun imported = CliRun.of("import", file.toString(), "--data", to);
        assertEquals(ExitCode.OK, imported.exitCode(), imported.err());
        assertTrue(imported.out().startsWith("Imported " + rows + " rows (2 accounts, 0 account_identities, 0 api_tokens, "), imported.out());
        Path again = dir.resolve("again.jsonl");
        assertEquals(ExitCode.OK, CliRun.of("export", "--data", to, "-o", again.toString()).exitCode());
        assertEquals(Files.readAllLines(file).subList(1, (int) rows + 1), Files.readAllLines(again).subList(1, (int) rows + 1));

        CliRun twice = CliRun.of("import", file.toString(), "--data", to);
        assertEquals(ExitCode.BAD_INPUT, twice.exitCode());
        assertTrue(twice.err().startsWith("gapcheck import: the database is not empty (2 accounts, "), twice.err());
        assertEquals(1, twice.err().lines().count(), twice.err());
    }

    @Test
    void aDamagedFileIsNamedByLineAndNothingIsImported() throws Exception {
        Path file = dir.resolve("damaged.jsonl");
        Files.writeString(file, "{\"format\":\"gapcheck-export\",\"format_version\":1,\"gapcheck_version\":null,\"schema_version\":\""
                + latestMigration() + "\","
                + "\"exported_at\":\"2026-01-01T00:00:00Z\",\"rows\":{\"accounts\":1,\"account_identities\":0,\"api_tokens\":0,\"one_time_links\":0,"
                + "\"submissions\":0,\"answer_changes\":0,\"submission_versions\":0,\"section_assignments\":0,\"carry_overs\":0,\"audit_log\":0}}\n"
                + "{\"table\":\"people\",\"row\":{\"id\":1}}\n");
        Path data = dir.resolve("data");
        CliRun refused = CliRun.of("import", file.toString(), "--data", data.toString());
        assertEquals(ExitCode.BAD_INPUT, refused.exitCode());
        assertEquals("gapcheck import: " + file + ":2: unknown table 'people' (the tables are accounts, account_identities, api_tokens,"
                + " one_time_links, submissions, answer_changes, submission_versions, section_assignments, carry_overs, audit_log)\n", refused.err());
        CliRun empty = CliRun.of("export", "--data", data.toString());
        assertEquals(ExitCode.OK, empty.exitCode(), empty.err());
        assertEquals(1, empty.out().lines().count(), "nothing was imported: " + empty.out());
    }

    @Test
    void aMissingFileOrDatabaseIsOneLine() {
        CliRun noFile = CliRun.of("import", dir.resolve("nothing.jsonl").toString(), "--data", dir.resolve("data").toString());
        assertEquals(ExitCode.BAD_INPUT, noFile.exitCode());
        assertTrue(noFile.err().contains("nothing.jsonl: no such file"), noFile.err());
        assertFalse(Files.exists(dir.resolve("data")), "no database is created for a file that is not there");
        CliRun noData = CliRun.of("export", "--data", dir.resolve("none").toString());
        assertEquals(ExitCode.BAD_INPUT, noData.exitCode());
        assertTrue(noData.err().startsWith("gapcheck: --data: no Gapcheck database under "), noData.err());
        assertFalse(Files.exists(dir.resolve("none")));
    }

    /** The schema version a new database reaches: the highest V<n> of the migrations. */
    private static int latestMigration() throws java.io.IOException {
        try (var files = Files.list(Path.of("src/main/resources/db/migration/h2"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }
}
