package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.gapcheck.cli.Main;
import org.gapcheck.json.Json;
import org.gapcheck.testing.WithDatabase;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class CatalogueControllerTest extends WithDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    private JsonNode get(String path) throws Exception {
        return Json.mapper().readTree(client.toBlocking().retrieve(path));
    }

    private JsonNode problem(String path, HttpStatus expected) throws Exception {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET(path), String.class));
        assertEquals(expected, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        return Json.mapper().readTree(e.getResponse().getBody(String.class).orElseThrow());
    }

    @Test
    void catalogueIsTheSameAsTheCliPrints() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new String[] {"catalogue", "--format", "json"}, new PrintWriter(out), new PrintWriter(new StringWriter())));
        assertEquals(Json.mapper().readTree(out.toString()), get("/api/catalogue"));
    }

    @Test
    void recommendationByIdCarriesItsChallengesAndRegionalElaborations() throws Exception {
        JsonNode r = get("/api/catalogue/recommendations/1(m)");
        assertEquals("1(m)", r.get("id").asText());
        assertTrue(r.get("text").asText().contains("naloxone"));
        assertTrue(r.get("challenges").size() > 0);
        assertTrue(r.get("challenges").get(0).has("reason"));
        assertTrue(r.has("regional_recommendations"));
        assertEquals("1(m)", get("/api/catalogue/recommendations/1m").get("id").asText());
    }

    @Test
    void unknownRecommendationIsA404ProblemNamingTheId() throws Exception {
        JsonNode p = problem("/api/catalogue/recommendations/9(z)", HttpStatus.NOT_FOUND);
        assertEquals("not-found/recommendation", p.get("type").asText());
        assertEquals("9(z)", p.get("id").asText());
        assertTrue(p.get("detail").asText().contains("9(z)"));
    }

    @Test
    void challengeByIdAndUnknownChallenge() throws Exception {
        JsonNode c = get("/api/catalogue/challenges/C07");
        assertEquals("C07", c.get("id").asText());
        assertTrue(c.get("recommendations").size() > 0);
        JsonNode p = problem("/api/catalogue/challenges/C99", HttpStatus.NOT_FOUND);
        assertEquals("C99", p.get("id").asText());
    }

    @Test
    void unknownRouteIsAProblemToo() throws Exception {
        JsonNode p = problem("/api/nothing-here", HttpStatus.NOT_FOUND);
        assertEquals(404, p.get("status").asInt());
        assertEquals("http/404", p.get("type").asText());
    }

    @Test
    void healthSaysWhichPackIsLoaded() throws Exception {
        JsonNode health = get("/health");
        assertEquals("UP", health.get("status").asText());
        JsonNode pack = health.get("details").get("rulePack").get("details");
        assertEquals("gapcheck-ungass", pack.get("name").asText());
        assertTrue(pack.get("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"));
    }
}
