package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** serve, as a real process, stops when asked to (SIGTERM), as a service manager expects. */
class ServeShutdownTest {

    @Test
    void serveStopsOnSigterm(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.gapcheck.cli.Main", "serve", "--port", "0", "--host", "127.0.0.1",
                "--data", dir.resolve("data").toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream()))) {
            boolean listening = false;
            boolean told = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while (!listening && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                listening = line.contains("Gapcheck listening on");
                told |= line.contains("Data kept in the embedded database under " + dir.resolve("data"));
            }
            assertTrue(listening, "the server started");
            assertTrue(told, "the log says where the data is");
            assertTrue(Files.isRegularFile(dir.resolve("data/gapcheck.mv.db")), "the embedded database, made on first start");
            server.destroy(); // SIGTERM
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server stopped within 30 s of SIGTERM");
        } finally {
            server.destroyForcibly();
        }
    }
}
