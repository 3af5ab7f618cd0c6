package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.json.Json;
import org.gapcheck.testing.WithDatabase;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SummaryEndpointTest extends WithDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aBatchIsSummarisedAndItsBadMemberListed() throws Exception {
        String body = "{\"year\": 2024, \"submissions\": [" + new String(Fixtures.read(Path.of("fixtures/xac-consumer-2024.json")))
                + ", " + new String(Fixtures.read(Path.of("fixtures/xae-punitive-2024.json"))) + ", {\"country\": \"XAA\"}]}";
        JsonNode summary = Json.mapper().readTree(client.toBlocking().retrieve(
                HttpRequest.POST("/api/summaries", body).contentType(MediaType.APPLICATION_JSON), String.class));
        assertEquals(2024, summary.get("year").asInt());
        assertEquals(2, summary.get("countries").size());
        assertEquals("#3", summary.get("invalid").get(0).get("file").asText());
    }

    @Test
    void somethingElseIsA400Problem() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/summaries", "{\"countries\": 3}").contentType(MediaType.APPLICATION_JSON), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    }
}
