package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.testing.WithDatabase;
import org.junit.jupiter.api.Test;

/**
 * A body sent with no Content-Type at all is read as JSON (a client library, or curl told to drop
 * its default); curl's default for --data-binary, a form, is refused with 415. Raw requests, since
 * an HTTP client adds a Content-Type of its own.
 */
@MicronautTest(transactional = false)
class ContentTypeTest extends WithDatabase {

    @Inject
    EmbeddedServer server;

    private String post(String path, String contentType, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(60_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n"
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void anEvaluationWithoutContentTypeIsReadAsJson() throws Exception {
        String answer = post("/api/evaluations", null, Fixtures.read(Path.of("fixtures/xac-consumer-2024.json")));
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer.lines().findFirst().orElse(answer));
        assertTrue(answer.contains("\"country\":\"XAC\""), "the gap report");
    }

    @Test
    void aSummaryWithoutContentTypeIsReadAsJson() throws Exception {
        byte[] batch = ("[" + new String(Fixtures.read(Path.of("fixtures/xae-punitive-2024.json")), StandardCharsets.UTF_8) + "]")
                .getBytes(StandardCharsets.UTF_8);
        String answer = post("/api/summaries", null, batch);
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer.lines().findFirst().orElse(answer));
        assertTrue(answer.contains("\"XAE\""), "the summary");
    }

    @Test
    void curlsDefaultFormTypeIsRefusedSoTheReadmeSaysToSetIt() throws Exception {
        String answer = post("/api/evaluations", "application/x-www-form-urlencoded", Fixtures.read(Path.of("fixtures/xac-consumer-2024.json")));
        assertTrue(answer.startsWith("HTTP/1.1 415 "), answer.lines().findFirst().orElse(answer));
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        int block = readme.indexOf("```sh", readme.indexOf("\n### HTTP API"));
        String examples = readme.substring(block, readme.indexOf("\n```", block + 5));
        assertTrue(examples.contains("curl -X POST localhost:8080/api/evaluations"), examples);
        for (String example : examples.split("\ncurl ")) {
            if (example.contains("--data-binary") || example.contains(" -d ")) {
                assertTrue(example.contains("-H 'Content-Type: application/"), "a README example posts a body without its type: curl " + example);
            }
        }
        assertFalse(readme.contains("curl -X POST localhost:8080/api/evaluations -H 'Accept: text/html'"));
    }
}
