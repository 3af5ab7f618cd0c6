package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import org.gapcheck.json.Json;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void servesThePackNamedOnTheCommandLine() throws Exception {
        PackCopy pack = PackCopy.into(dir).replace("pack.yaml", "version: 0.2.0", "version: 9.9.9");
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--port", "0", "--host", "127.0.0.1", "--rules", pack.root().toString());
        try (ApplicationContext context = serve.start();
             HttpClient client = HttpClient.create(context.getBean(EmbeddedServer.class).getURL())) {
            var health = Json.mapper().readTree(client.toBlocking().retrieve("/health"));
            var details = health.get("details").get("rulePack").get("details");
            assertEquals("9.9.9", details.get("version").asText());
            assertTrue(details.get("origin").asText().endsWith(dir.getFileName().toString()));
        }
    }

    @Test
    void aBrokenPackStopsTheServerWithItsProblemsAndExit2() throws Exception {
        PackCopy pack = PackCopy.into(dir).replace("drl/applicability.drl", "@reason(\"The profile reports no people who inject drugs, so there",
                "@reasons(\"The profile reports no people who inject drugs, so there");
        CliRun run = CliRun.of("serve", "--port", "0", "--host", "127.0.0.1", "--rules", pack.root().toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("applicability.drl:"), run.err());
        assertTrue(run.err().contains("@reason must say why"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void aPortInUseIsAUsageErrorWithoutAStackTrace() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--port", String.valueOf(taken.getLocalPort()), "--host", "127.0.0.1");
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
            assertTrue(run.err().contains("choose another --port"), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        }
    }
}
