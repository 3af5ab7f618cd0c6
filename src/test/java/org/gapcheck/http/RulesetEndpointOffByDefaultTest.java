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
import org.gapcheck.json.Json;
import org.junit.jupiter.api.Test;

@MicronautTest
class RulesetEndpointOffByDefaultTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void withoutTheFlagUploadIsRefusedSayingHowToTurnItOn() throws Exception {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/rulesets/validate", "PK".getBytes()).contentType(MediaType.of("application/zip")), String.class));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
        JsonNode problem = Json.mapper().readTree(e.getResponse().getBody(String.class).orElseThrow());
        assertEquals("ruleset/upload-disabled", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains("--enable-ruleset-upload"));
    }
}
