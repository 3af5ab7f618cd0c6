package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gapcheck.access.Accounts;
import org.gapcheck.testing.Database;
import org.gapcheck.testing.Spreadsheets;
import org.gapcheck.testing.StoredServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gapcheck workbook export|import}: the pages' Excel round trip from a terminal, as an account of the delegation. */
class WorkbookCommandTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookExportedFilledAndImportedSavesItsChangesAndABadCellSavesNothing() throws Exception {
        try (Database database = Database.h2()) {
            try (StoredServer server = StoredServer.start(database, Map.of())) {
                server.bean(Accounts.class).create(new Accounts.Request("xaf.coordinator", "coordinator", "XAF", "NV/2026/1",
                        "a long enough password"), null);
            }
            Path xlsx = dir.resolve("xaf.xlsx");
            CliRun export = CliRun.of("workbook", "export", "--login", "xaf.coordinator", "--country", "XAF", "--year", "2025", "-o",
                    xlsx.toString(), "--data", database.toString());
            assertEquals(ExitCode.OK, export.exitCode(), export.err());
            assertTrue(export.err().startsWith("wrote " + xlsx.toAbsolutePath()), export.err());

            Path bad = dir.resolve("bad.xlsx");
            Files.write(bad, Spreadsheets.edited(Files.readAllBytes(xlsx), Spreadsheets.answer("HR", "HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW",
                    "Yes").andThen(Spreadsheets.answer("HR", "HR.PRISON_OCCUPANCY_RATE", "many"))));
            CliRun refused = CliRun.of("workbook", "import", bad.toString(), "--login", "xaf.coordinator", "--data", database.toString());
            assertEquals(ExitCode.BAD_INPUT, refused.exitCode());
            assertTrue(refused.err().startsWith("gapcheck workbook import: " + bad + ": 1 cell(s) cannot be saved; nothing was saved:\nHR!C"),
                    refused.err());

            Path good = dir.resolve("good.xlsx");
            Files.write(good, Spreadsheets.edited(Files.readAllBytes(xlsx), Spreadsheets.answer("HR", "HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW",
                    "Yes")));
            CliRun saved = CliRun.of("workbook", "import", good.toString(), "--login", "xaf.coordinator", "--data", database.toString());
            assertEquals(ExitCode.OK, saved.exitCode(), saved.err());
            assertTrue(saved.out().startsWith("Saved 1 answer of XAF 2025 from " + good + " (draft version "), saved.out());
            assertTrue(saved.out().contains(" /answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW"), saved.out());

            CliRun nobody = CliRun.of("workbook", "import", good.toString(), "--login", "nobody", "--data", database.toString());
            assertEquals(ExitCode.BAD_INPUT, nobody.exitCode());
            assertTrue(nobody.err().contains("--login: no active account 'nobody'"), nobody.err());
        }
    }
}
