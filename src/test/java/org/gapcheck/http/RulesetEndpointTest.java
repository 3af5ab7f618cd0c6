package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gapcheck.json.Json;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RulesetEndpointTest extends org.gapcheck.testing.WithDatabase {

    private static final MediaType ZIP = MediaType.of("application/zip");

    @Inject
    @Client("/")
    HttpClient client;

    private String token;

    /** A pipeline's token with the scope the route asks for, issued once for the class. */
    private String ciToken() {
        if (token == null) {
            token = token("ruleset:validate");
        }
        return token;
    }

    private static byte[] zipOf(Path... folders) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path folder : folders) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        zip.putNextEntry(new ZipEntry(f.toString().replace('\\', '/')));
                        zip.write(Files.readAllBytes(f));
                        zip.closeEntry();
                    }
                }
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zipWith(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private JsonNode refused(byte[] body, HttpStatus status) throws Exception {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/rulesets/validate", body).contentType(ZIP).bearerAuth(ciToken()), String.class));
        assertEquals(status, e.getStatus());
        return Json.mapper().readTree(e.getResponse().getBody(String.class).orElseThrow());
    }

    private static long temporaryPacks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("gapcheck-pack-")).count();
        }
    }

    @Test
    void theProjectsOwnPackIsSoundOverHttpToo() throws Exception {
        long before = temporaryPacks();
        String body = client.toBlocking().retrieve(HttpRequest.POST("/api/rulesets/validate", zipOf(Path.of("rules"), Path.of("fixtures")))
                .contentType(ZIP).bearerAuth(ciToken()), String.class);
        JsonNode report = Json.mapper().readTree(body);
        assertTrue(report.get("sound").asBoolean(), body.substring(0, Math.min(2000, body.length())));
        assertEquals(org.gapcheck.fixtures.Fixtures.submissions().size(), report.get("fixtures").size(), "every fixture with expectations");
        report.get("findings").forEach(f -> assertTrue(f.get("file").asText().startsWith("rules/"), "paths as in the archive: " + f));
        report.get("fixtures").forEach(f -> assertTrue(f.get("file").asText().startsWith("fixtures/"), "paths as in the archive: " + f));
        assertEquals(before, temporaryPacks(), "the temporary folder is removed");
    }

    @Test
    void aPackPastALimitIsA400NamingTheFileLineAndLimit(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        org.gapcheck.testing.PackCopy copy = org.gapcheck.testing.PackCopy.into(dir.resolve("rules"));
        Path drl = copy.root().resolve("drl/chapter-1.drl");
        Files.writeString(drl, Files.readString(drl) + "\nrule \"deep\" when eval(" + "(".repeat(20_000) + "true"
                + ")".repeat(20_000) + ") then end\n");
        byte[] zip;
        try (var files = Files.walk(copy.root())) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new ZipEntry("rules/" + copy.root().relativize(f).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(f));
                    out.closeEntry();
                }
            }
            zip = bytes.toByteArray();
        }
        JsonNode problem = refused(zip, HttpStatus.BAD_REQUEST);
        assertEquals("ruleset/over-limit", problem.get("type").asText(), problem.toString());
        JsonNode error = problem.get("errors").get(0);
        assertEquals("limit/drl-depth", error.get("code").asText(), problem.toString());
        assertTrue(error.get("path").asText().startsWith("rules/drl/chapter-1.drl:"), problem.toString());
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        long before = temporaryPacks();
        JsonNode problem = refused(zipWith("../../escaped.txt", "x".getBytes()), HttpStatus.BAD_REQUEST);
        assertTrue(problem.get("detail").asText().contains("path traversal"), problem.toString());
        assertTrue(Files.notExists(Path.of(System.getProperty("java.io.tmpdir")).resolve("escaped.txt")));
        assertEquals(before, temporaryPacks());
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        String[] entries = new String[24];
        for (int i = 0; i < 12; i++) { // 12 files of 3 MiB: each under the per-file limit, together over the total
            entries[2 * i] = "rules/f" + i + ".yaml";
            entries[2 * i + 1] = " ".repeat(3 << 20);
        }
        JsonNode problem = refused(org.gapcheck.testing.HostileZips.zip(entries), HttpStatus.BAD_REQUEST);
        assertTrue(problem.get("detail").asText().contains("zip bomb"), problem.toString());
    }

    @Test
    void oneHugeScalarIsRefusedBeforeItIsRead() throws Exception {
        JsonNode problem = refused(zipWith("rules/pack.yaml", new byte[60 << 20]), HttpStatus.BAD_REQUEST);
        assertTrue(problem.get("detail").asText().contains("limit per file"), problem.toString());
    }

    @Test
    void somethingThatIsNoZipIsRefused() throws Exception {
        JsonNode problem = refused("hello".getBytes(), HttpStatus.BAD_REQUEST);
        assertEquals("ruleset/invalid-archive", problem.get("type").asText());
    }

    @Test
    void overTheEndpointsLimitIsA413OfItsOwn() throws Exception {
        JsonNode problem = refused(new byte[(int) BodyLimits.RULESET.bytes() + 1], HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        assertEquals("ruleset/too-large", problem.get("type").asText());
        problem = refused(new byte[(10 << 20) + 1], HttpStatus.REQUEST_ENTITY_TOO_LARGE); // over the server's limit: refused unread
        assertEquals("ruleset/too-large", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains(BodyLimits.RULESET.bytes() + " bytes"), problem.toString());
        assertTrue(!problem.toString().contains("micronaut"), problem.toString());
    }

    @Test
    void everyMalformedArchiveIsA400() throws Exception {
        for (var e : org.gapcheck.testing.HostileZips.malformed().entrySet()) {
            JsonNode problem = refused(e.getValue(), HttpStatus.BAD_REQUEST);
            assertEquals("ruleset/invalid-archive", problem.get("type").asText(), e.getKey());
        }
    }

    @Test
    void aSecondValidationWhileOneRunsIsAskedToRetry(RulesetController controller) throws Exception {
        controller.running.acquire();
        try {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                    .exchange(HttpRequest.POST("/api/rulesets/validate", zipWith("pack.yaml", "x".getBytes())).contentType(ZIP).bearerAuth(ciToken()), String.class));
            assertEquals(HttpStatus.TOO_MANY_REQUESTS, e.getStatus());
            assertEquals(String.valueOf(RulesetController.RETRY_AFTER_SECONDS), e.getResponse().header("Retry-After"));
        } finally {
            controller.running.release();
        }
    }
}

