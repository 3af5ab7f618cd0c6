package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.testing.WithDatabase;
import org.junit.jupiter.api.Test;

/** {@code POST /api/evaluations} with {@code Accept: application/pdf}: the report as a PDF file. */
@MicronautTest(transactional = false)
class PdfEndpointTest extends WithDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void acceptPdfAnswersThePdf() {
        HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest
                .POST("/api/evaluations", Fixtures.read(Fixtures.DIR.resolve("xac-consumer-2024.json")))
                .contentType(MediaType.APPLICATION_JSON).accept("application/pdf"), byte[].class);
        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("application/pdf", response.getContentType().orElseThrow().toString());
        byte[] body = response.body();
        assertTrue(body.length > 10_000, "a whole report: " + body.length + " bytes");
        assertEquals("%PDF-", new String(body, 0, 5, StandardCharsets.US_ASCII));
    }
}
