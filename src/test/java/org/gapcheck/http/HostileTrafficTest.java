package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.gapcheck.json.Json;
import org.gapcheck.testing.WithDatabase;
import org.junit.jupiter.api.Test;

/**
 * The protocol-level cases of issue 14 over a raw socket, and a bounded run of hostile traffic after
 * which the service answers a valid evaluation exactly as before: no 5xx, no reset, ever.
 */
@MicronautTest(transactional = false)
@Property(name = "gapcheck.server.request-timeout", value = "1")
@Property(name = "gapcheck.server.idle-timeout", value = "2")
class HostileTrafficTest extends WithDatabase {

    private static final String VALID = "fixtures/xac-consumer-2024.json";

    @Inject
    EmbeddedServer server;

    /** What came back on one connection: everything read until the server closed it, or until the timeout. */
    record Answer(String text, boolean closed, long millis) {
        int status() {
            return text.matches("(?s)HTTP/1\\.[01] \\d{3}.*") ? Integer.parseInt(text.substring(9, 12)) : -1;
        }

        JsonNode body() throws IOException {
            return Json.mapper().readTree(text.substring(text.indexOf("\r\n\r\n") + 4));
        }
    }

    /** Sends raw bytes; a reset connection fails the test (an IOException other than our own read timeout). */
    private Answer send(byte[] request, int timeoutMillis) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(timeoutMillis);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[65536];
            boolean closed = false;
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    out.write(buffer, 0, n);
                }
                closed = true;
            } catch (SocketTimeoutException e) {
                // still open: the caller decides whether that is right
            }
            return new Answer(out.toString(StandardCharsets.ISO_8859_1), closed, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static byte[] post(String path, String headers, byte[] body) {
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: " + body.length
                + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static byte[] json(String path, String body) {
        return post(path, "Content-Type: application/json\r\n", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String valid() throws IOException {
        return Files.readString(Path.of(VALID));
    }

    @Test
    void anIncompleteRequestIsAnswered408AndClosed() throws IOException {
        Answer a = send("POST /api/evaluations HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{".getBytes(), 10_000);
        assertEquals(408, a.status(), a.text());
        assertTrue(a.closed() && a.millis() < 5_000, a.millis() + " ms");
        Answer headersOnlyHalf = send("GET /health HTTP/1.1\r\nHo".getBytes(), 10_000);
        assertEquals(408, headersOnlyHalf.status(), headersOnlyHalf.text());
    }

    @Test
    void anIdleConnectionIsClosed() throws IOException {
        Answer a = send(new byte[0], 10_000);
        assertTrue(a.closed() && a.millis() < 5_000, a.millis() + " ms");
    }

    @Test
    void otherHttpVersionsAreRefused() throws IOException {
        Answer a = send("GET /health HTTP/9.9\r\nHost: x\r\n\r\n".getBytes(), 5_000);
        assertEquals(505, a.status(), a.text());
        assertEquals("http/version-not-supported", a.body().get("type").asText());
        assertEquals(200, send("GET /health HTTP/1.0\r\n\r\n".getBytes(), 5_000).status());
    }

    @Test
    void aBodyNotInItsContentEncodingIsA400() throws IOException {
        Answer a = send(post("/api/evaluations", "Content-Type: application/json\r\nContent-Encoding: gzip\r\n",
                valid().getBytes(StandardCharsets.UTF_8)), 5_000);
        assertEquals(400, a.status(), a.text());
        assertEquals("http/bad-content-encoding", a.body().get("type").asText());
    }

    @Test
    void anEmptyBodyIsMalformedJson() throws IOException {
        Answer a = send(json("/api/evaluations", ""), 5_000);
        assertEquals(400, a.status(), a.text());
        assertEquals("malformed_json", a.body().get("errors").get(0).get("code").asText());
    }

    @Test
    void acceptIsNegotiatedWithItsWeights() throws IOException {
        byte[] body = valid().getBytes(StandardCharsets.UTF_8);
        Answer refused = send(post("/api/evaluations", "Content-Type: application/json\r\nAccept: text/html;q=0\r\n", body), 10_000);
        assertEquals(406, refused.status(), refused.text());
        Answer json = send(post("/api/evaluations", "Content-Type: application/json\r\nAccept: text/html;q=0, application/json\r\n", body), 10_000);
        assertEquals(200, json.status());
        assertTrue(json.text().toLowerCase().contains("content-type: application/json"), json.text().substring(0, 200));
    }

    @Test
    void wrappersAndBatchesAreReadAsStrictlyAsASubmissionAlone() throws IOException {
        String twice = valid().replaceFirst("\"country\": \"XAC\"", "\"country\": \"XAC\", \"country\": \"XAD\"");
        JsonNode wrapped = send(json("/api/evaluations", "{\"submission\": " + twice + "}"), 10_000).body();
        assertEquals("/submission/country", wrapped.get("errors").get(0).get("path").asText(), wrapped.toString());
        assertEquals("duplicate_key", wrapped.get("errors").get(0).get("code").asText());

        JsonNode misspelt = send(json("/api/evaluations", "{\"submission\": " + valid() + ", \"previus\": {}}"), 10_000).body();
        assertEquals("/previus", misspelt.get("errors").get(0).get("path").asText(), misspelt.toString());

        JsonNode previousOnly = send(json("/api/evaluations", "{\"previous\": " + valid() + "}"), 10_000).body();
        assertEquals("/submission", previousOnly.get("errors").get(0).get("path").asText(), previousOnly.toString());
        assertEquals("missing_field", previousOnly.get("errors").get(0).get("code").asText());

        JsonNode batch = send(json("/api/summaries", "{\"year\": 2024, \"submissions\": [" + twice + "]}"), 20_000).body();
        assertEquals("duplicate_key", batch.get("invalid").get(0).get("errors").get(0).get("code").asText(), batch.toString());

        JsonNode wrapper = send(json("/api/summaries", "{\"year\": \"2024\", \"submisions\": []} []"), 10_000).body();
        assertEquals("summary/invalid-batch", wrapper.get("type").asText());
        assertEquals(3, wrapper.get("errors").size(), wrapper.toString()); // the key, the trailing array, the year

        byte[] overlong = post("/api/evaluations", "Content-Type: application/json\r\n",
                valid().replace("\"XAC\"", "\"X\u00c1\u0081C\"").getBytes(StandardCharsets.ISO_8859_1));
        JsonNode encoding = send(overlong, 10_000).body();
        assertEquals("invalid_utf8", encoding.get("errors").get(0).get("code").asText(), encoding.toString());
    }

    @Test
    void boundedHostileTrafficLeavesNoTraceOnAValidEvaluation() throws IOException {
        JsonNode before = evaluation();
        Random random = new Random(14);
        byte[] base = valid().getBytes(StandardCharsets.UTF_8);
        String[] paths = {"/api/evaluations", "/api/summaries", "/api/rulesets/validate", "/api/catalogue/recommendations/1(a)", "/health"};
        for (int i = 0; i < 100; i++) {
            byte[] request = switch (i % 5) {
                case 0 -> post(paths[random.nextInt(paths.length)], "Content-Type: application/json\r\n", mutate(base, random));
                case 1 -> post(paths[random.nextInt(paths.length)], "Content-Type: application/json\r\n",
                        java.util.Arrays.copyOf(base, random.nextInt(base.length)));
                case 2 -> withBlankLine(garbage(random, 1 + random.nextInt(400)));
                case 3 -> post("/api/evaluations", "Content-Type: application/json\r\nContent-Encoding: "
                        + (random.nextBoolean() ? "gzip" : "deflate") + "\r\n", garbage(random, 200));
                default -> ("POST /api/summaries HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n"
                        + "Connection: close\r\n\r\n" + Integer.toHexString(random.nextInt(64)) + "\r\n[{\"country\"\r\n0\r\n\r\n").getBytes();
            };
            Answer a = send(request, 20_000);
            assertTrue(a.status() < 500, "request " + i + " answered " + a.text().lines().findFirst().orElse("nothing"));
        }
        assertEquals(before, evaluation());
    }

    private JsonNode evaluation() throws IOException {
        Answer a = send(json("/api/evaluations", valid()), 20_000);
        assertEquals(200, a.status(), a.text());
        ObjectNode report = (ObjectNode) a.body();
        report.remove("evaluated_at");
        return report;
    }

    private static byte[] mutate(byte[] base, Random random) {
        byte[] copy = base.clone();
        for (int k = 0; k < 1 + random.nextInt(8); k++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] withBlankLine(byte[] bytes) {
        byte[] out = java.util.Arrays.copyOf(bytes, bytes.length + 4);
        System.arraycopy("\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0, out, bytes.length, 4);
        return out;
    }

    private static byte[] garbage(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
