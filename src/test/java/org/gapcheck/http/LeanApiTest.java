package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.json.Json;
import org.gapcheck.testing.WithDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The evaluation's JSON shapes (lean by default, summary, with actions, with texts) and the criteria texts they point at. */
@MicronautTest(transactional = false)
class LeanApiTest extends WithDatabase {

    private static final int LEAN_LIMIT = 60 * 1024;
    private static final int CRITERIA = RulePackLoader.load(null).ruleBase().criteria().size();

    @Inject
    @Client("/")
    HttpClient client;

    static Stream<String> fixtures() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    private String post(String query, byte[] body) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/evaluations" + query, body).contentType(MediaType.APPLICATION_JSON), String.class);
    }

    private static byte[] withPrevious(String current, String previous) throws Exception {
        return ("{\"submission\": " + Files.readString(Path.of("fixtures", current)) + ", \"previous\": "
                + Files.readString(Path.of("fixtures", previous)) + "}").getBytes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theDefaultAnswerIsUnder60kBAndStillCarriesEveryStatus(String fixture) throws Exception {
        byte[] body = fixture.startsWith("xaf-midterm") ? withPrevious(fixture, "xaf-baseline-2019.json")
                : Files.readAllBytes(Path.of("fixtures", fixture));
        String answer = post("", body);
        assertTrue(answer.getBytes().length < LEAN_LIMIT, fixture + ": " + answer.getBytes().length + " bytes");
        JsonNode lean = Json.mapper().readTree(answer);
        assertEquals(CRITERIA, lean.get("criteria").size(), "every criterion's status");
        assertEquals(103, lean.get("recommendations").size());
        assertTrue(lean.has("priorities") && lean.has("headline") && lean.has("summary"));
        assertFalse(lean.has("findings") || lean.has("actions"), "texts and the action list only when asked");
    }

    @Test
    void actionsAndTextsComeWhenAsked() throws Exception {
        byte[] body = Files.readAllBytes(Path.of("fixtures/xae-punitive-2024.json"));
        JsonNode withActions = Json.mapper().readTree(post("?include=actions", body));
        assertTrue(withActions.get("actions").size() > 0 && withActions.has("criteria") && !withActions.has("findings"));
        JsonNode whole = Json.mapper().readTree(post("?embed=texts", body));
        assertTrue(whole.get("findings").size() == 103 && whole.has("actions"));
        assertTrue(whole.get("findings").get(0).get("criteria").get(0).has("cites"), "the self-contained document");
    }

    @Test
    void theSummaryViewHoldsWhatALivePreviewNeeds() throws Exception {
        JsonNode summary = Json.mapper().readTree(post("?view=summary", withPrevious("xaf-midterm-2024.json", "xaf-baseline-2019.json")));
        assertEquals(103, summary.get("recommendations").size());
        assertEquals(7, summary.get("chapters").size());
        assertEquals(12, summary.get("challenges").size());
        assertTrue(summary.get("chapters").get(0).has("score") && summary.get("chapters").get(0).has("rating"));
        assertEquals(summary.get("headline").get("gaps").asInt(), summary.get("gaps").size(), "every criterion at GAP");
        assertFalse(summary.has("priorities") || summary.has("progress") || summary.has("criteria"));
    }

    @Test
    void anUnknownShapeIsA400NamingTheParameter() throws Exception {
        for (String query : new String[] {"?view=full", "?include=everything", "?embed=pictures", "?include=actions,bogus"}) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> post(query, Files.readAllBytes(Path.of("fixtures/xac-consumer-2024.json"))));
            assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), query);
            JsonNode problem = Json.mapper().readTree(e.getResponse().getBody(String.class).orElseThrow());
            assertEquals("http/invalid-parameter", problem.get("type").asText());
            assertEquals(query.substring(1, query.indexOf('=')), problem.get("errors").get(0).get("path").asText());
        }
    }

    @Test
    void theSummaryViewIsJsonOnly() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/evaluations?view=summary", Files.readAllBytes(Path.of("fixtures/xac-consumer-2024.json")))
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_HTML_TYPE), String.class));
        assertEquals(HttpStatus.NOT_ACCEPTABLE, e.getStatus());
    }

    @Test
    void criteriaTextsAreCachedByPackVersion() throws Exception {
        HttpResponse<String> first = client.toBlocking().exchange("/api/criteria", String.class);
        String etag = first.header(HttpHeaders.ETAG);
        assertTrue(etag != null && etag.contains(RulePackLoader.load(null).manifest().version()), etag);
        assertTrue(first.header(HttpHeaders.CACHE_CONTROL).contains("max-age"));
        JsonNode texts = Json.mapper().readTree(first.body());
        assertEquals(CRITERIA, texts.size());
        JsonNode oat = Stream.of(texts).flatMap(t -> java.util.stream.StreamSupport.stream(t.spliterator(), false))
                .filter(t -> t.get("id").asText().equals("1(o).oat_coverage")).findFirst().orElseThrow();
        assertEquals("opioid_agonist_therapy", oat.get("theme").asText());
        assertTrue(oat.has("cites") && oat.has("closes") && oat.has("requires"));

        HttpResponse<String> again = client.toBlocking().exchange(HttpRequest.GET("/api/criteria").header(HttpHeaders.IF_NONE_MATCH, etag), String.class);
        assertEquals(HttpStatus.NOT_MODIFIED, again.getStatus());

        JsonNode one = Json.mapper().readTree(client.toBlocking().retrieve("/api/criteria/" + "1(o).oat_coverage".replace("(", "%28").replace(")", "%29")));
        assertEquals("1(o)", one.get("recommendation").asText());
        HttpClientResponseException missing = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange("/api/criteria/9(z).nothing", String.class));
        assertEquals(HttpStatus.NOT_FOUND, missing.getStatus());
    }
}
