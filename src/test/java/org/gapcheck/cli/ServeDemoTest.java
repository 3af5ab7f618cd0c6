package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gapcheck.testing.ServeProcess;
import org.gapcheck.testing.StoredServer.Answer;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --demo}: a sample country's coordinator signs in with the password printed, on a
 * database that is gone when serve stops; nothing of it reaches another machine or real data.
 */
class ServeDemoTest {

    @Test
    void theDemonstrationRefusesAnotherAddressADataDirectoryAndAPostgresqlUrl() {
        CliRun exposed = CliRun.of("serve", "--demo", "--host", "0.0.0.0", "--port", "0");
        assertEquals(ExitCode.BAD_INPUT, exposed.exitCode());
        assertTrue(exposed.err().contains("--demo listens on this machine only"), exposed.err());
        CliRun data = CliRun.of("serve", "--demo", "--data", "somewhere", "--port", "0");
        assertEquals(ExitCode.BAD_INPUT, data.exitCode());
        assertTrue(data.err().contains("leave out --data"), data.err());
        IllegalStateException postgres = assertThrows(IllegalStateException.class, () -> ServeProcess.start(Map.of("GAPCHECK_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/test"), "--demo"));
        assertTrue(postgres.getMessage().contains("unset GAPCHECK_DB_URL"), postgres.getMessage());
    }

    @Test
    void theSampleCountrysCoordinatorSignsInWithThePrintedPasswordAndTheDataGoesWithTheProcess() throws Exception {
        Path data;
        try (ServeProcess demo = ServeProcess.start(Map.of(), "--demo")) {
            String said = String.join("\n", demo.output());
            Matcher password = Pattern.compile("as demo-coordinator, password (\\S+) ").matcher(said);
            assertTrue(password.find(), said);
            Matcher kept = Pattern.compile("Data kept in (\\S+), deleted when this stops").matcher(said);
            assertTrue(kept.find(), said);
            data = Path.of(kept.group(1));
            assertTrue(Files.isDirectory(data));
            Answer signedIn = demo.send("POST", "/app/login", "login=demo-coordinator&password=" + URLEncoder.encode(password.group(1),
                    StandardCharsets.UTF_8), "Content-Type", "application/x-www-form-urlencoded");
            assertEquals(303, signedIn.status(), signedIn.body());
            String cookie = signedIn.header("Set-Cookie").split(";")[0];
            Answer landing = demo.send("GET", "/app/", null, "Cookie", cookie);
            assertEquals(303, landing.status());
            assertTrue(landing.header("Location").startsWith("/app/" + Demo.COUNTRY + "/"), landing.header("Location"));
        }
        assertFalse(Files.exists(data), "the demonstration's database is deleted when serve stops");
    }
}
