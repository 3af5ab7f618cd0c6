package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
        PackCopy pack = PackCopy.into(dir).replace("pack.yaml", "version: 0.3.0", "version: 9.9.9");
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--port", "0", "--host", "127.0.0.1", "--rules", pack.root().toString(),
                "--data", dir.resolve("data").toString());
        try (ApplicationContext context = serve.start();
             HttpClient client = HttpClient.create(context.getBean(EmbeddedServer.class).getURL())) {
            var health = Json.mapper().readTree(client.toBlocking().retrieve("/health"));
            var details = health.get("details").get("rulePack").get("details");
            assertEquals("9.9.9", details.get("version").asText());
            assertTrue(details.get("origin").asText().endsWith(dir.getFileName().toString()));
            assertEquals("UP", health.get("details").get("jdbc").get("status").asText(), "the database is part of health");
        }
    }

    @Test
    void aBrokenPackStopsTheServerWithItsProblemsAndExit2() throws Exception {
        PackCopy pack = PackCopy.into(dir).replace("drl/applicability.drl", "@reason(\"The profile reports no people who inject drugs, so there",
                "@reasons(\"The profile reports no people who inject drugs, so there");
        CliRun run = CliRun.of("serve", "--port", "0", "--host", "127.0.0.1", "--rules", pack.root().toString(),
                "--data", dir.resolve("data").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("applicability.drl:"), run.err());
        assertTrue(run.err().contains("@reason must say why"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void aPortInUseIsOneLineAndExitTwo() throws Exception {
        PrintStream console = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8)); // the log's console, where a server's failure would go
            CliRun run = CliRun.of("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.exitCode(), run.err());
            assertEquals(List.of("gapcheck: port " + taken.getLocalPort() + " on 127.0.0.1 is in use; choose another with --port"),
                    run.err().lines().toList());
            assertEquals("", run.out());
        } finally {
            System.setErr(console);
        }
        assertEquals("", logged.toString(StandardCharsets.UTF_8), "nothing else on standard error");
    }

    @Test
    void bindsThisMachineOnlyUnlessTold() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertEquals("127.0.0.1", serve.host);
        assertTrue(Ports.loopback(serve.host));
        assertTrue(Ports.loopback("localhost"));
        assertTrue(Ports.loopback("::1"));
        assertTrue(Ports.exposure("127.0.0.1").isEmpty());
        assertTrue(Ports.exposure("0.0.0.0").orElseThrow().contains("plain HTTP"), "every interface: the log warns");
        String help = CliRun.of("serve", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("default: 127.0.0.1, this machine only") && help.contains("TLS-terminating proxy"), help);
    }

    @Test
    void anAddressOfNoInterfaceIsOneLine() {
        // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): no machine has it, so binding it fails without any traffic.
        CliRun run = CliRun.of("serve", "--port", "8089", "--host", "192.0.2.1", "--data", dir.resolve("data").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("gapcheck: cannot listen on 192.0.2.1:8089 ("), run.err());
    }
}
