package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.testing.Database;
import org.gapcheck.testing.StoredServer;
import org.gapcheck.testing.TotpCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gapcheck admin create-user}: the first administrator, straight into the embedded database, who enrols TOTP at its first login. */
class CreateUserCommandTest {

    @TempDir
    Path dir;

    private Path password(String text) throws Exception {
        Path file = dir.resolve("password-" + text.hashCode());
        Files.writeString(file, text + "\n");
        return file;
    }

    @Test
    void theFirstAdministratorIsCreatedAndLogsInEnrollingTotp() throws Exception {
        try (Database database = Database.h2()) {
            CliRun run = CliRun.of("admin", "create-user", "--login", "Root.Admin", "--role", "administrator",
                    "--password-file", password("a long enough password").toString(), "--data", database.toString());
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertTrue(run.out().startsWith("Created administrator 'root.admin' (account "), run.out());
            assertFalse(run.out().contains("a long enough password"));
            try (StoredServer server = StoredServer.start(database, Map.of())) {
                // Its first login offers a TOTP secret; a login with a code of it enrols it and opens the session.
                String credentials = "\"login\": \"root.admin\", \"password\": \"a long enough password\"";
                StoredServer.Answer offer = server.send("POST", "/api/session", "{" + credentials + "}");
                assertEquals(401, offer.status(), offer.body());
                assertEquals("access/totp-enrolment-required", offer.json().get("type").asText());
                String code = TotpCodes.now(server.bean(AccountRepository.class).findByLogin("root.admin").orElseThrow().totpSecret());
                StoredServer.Answer login = server.send("POST", "/api/session", "{" + credentials + ", \"totp\": \"" + code + "\"}");
                assertEquals(201, login.status(), login.body());
                assertEquals("administrator", login.json().get("role").asText());
            }
            CliRun again = CliRun.of("admin", "create-user", "--login", "root.admin", "--role", "secretariat",
                    "--password-file", password("another long password").toString(), "--data", database.toString());
            assertEquals(ExitCode.BAD_INPUT, again.exitCode());
            assertEquals("gapcheck admin create-user: --login: an account 'root.admin' exists already\n", again.err());
        }
    }

    @Test
    void eachRefusedFieldIsNamedWithWhy() throws Exception {
        String data = dir.resolve("data").toString();
        String good = password("a long enough password").toString();
        assertEquals("gapcheck admin create-user: --nomination: a coordinator speaks for its State: give the reference of the"
                + " nomination (e.g. the note verbale)\n", CliRun.of("admin", "create-user", "--login", "coord1", "--role", "coordinator",
                "--country", "XAF", "--password-file", good, "--data", data).err());
        assertTrue(CliRun.of("admin", "create-user", "--login", "coord2", "--role", "coordinator", "--password-file", good, "--data", data)
                .err().startsWith("gapcheck admin create-user: --country: a coordinator speaks for one country"));
        assertTrue(CliRun.of("admin", "create-user", "--login", "sec1", "--role", "secretariat", "--country", "XAF",
                "--password-file", good, "--data", data).err().contains("--country: the secretariat speaks for no country"));
        assertTrue(CliRun.of("admin", "create-user", "--login", "adm1", "--role", "root", "--password-file", good, "--data", data)
                .err().contains("--role: 'root' is not a role"));
        CliRun weak = CliRun.of("admin", "create-user", "--login", "adm2", "--role", "administrator",
                "--password-file", password("short").toString(), "--data", data);
        assertEquals(ExitCode.BAD_INPUT, weak.exitCode());
        assertTrue(weak.err().contains("--password-file: a password has at least 12 characters; this one has 5"), weak.err());
        assertTrue(CliRun.of("admin", "create-user", "--login", "x", "--role", "administrator", "--password-file", good, "--data", data)
                .err().contains("--login: a login is 3 to 100 characters"));
    }

    @Test
    void withoutATerminalOrAFileThePasswordIsAUsageError() {
        CliRun run = CliRun.of("admin", "create-user", "--login", "nobody", "--role", "administrator", "--data", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("give --password-file FILE"), run.err());
    }
}
