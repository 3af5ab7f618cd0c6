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
import io.micronaut.scheduling.executor.ExecutorConfiguration;
import io.micronaut.scheduling.executor.ExecutorType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.gapcheck.cli.Main;
import org.gapcheck.json.Json;
import org.gapcheck.submission.BrokenSubmissions;
import org.gapcheck.submission.SubmissionReader;
import org.gapcheck.testing.WithDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@MicronautTest(transactional = false)
class SubmissionEndpointsTest extends WithDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    @jakarta.inject.Named("evaluation")
    ExecutorConfiguration evaluations;

    @Test
    void evaluationsRunOnABoundedPoolSizedToTheCores() {
        // An unbounded pool let 64 connections hold 64 half-built reports at once (BENCHMARKS.md, benchmark 4).
        assertEquals(ExecutorType.FIXED, evaluations.getType());
        assertEquals(2 * Runtime.getRuntime().availableProcessors(), evaluations.getNumberOfThreads());
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter())));
        return out.toString();
    }

    private JsonNode refused(byte[] body, HttpStatus expected) throws Exception {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/evaluations", body).contentType(MediaType.APPLICATION_JSON), String.class));
        assertEquals(expected, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        return Json.mapper().readTree(e.getResponse().getBody(String.class).orElseThrow());
    }

    @Test
    void questionnaireIsTheSameAsTheCliPrints() throws Exception {
        JsonNode http = Json.mapper().readTree(client.toBlocking().retrieve("/api/questionnaire"));
        assertEquals(Json.mapper().readTree(cli("questionnaire", "--format", "json")), http);
        JsonNode item = http.get("items").get(0);
        assertTrue(item.has("code") && item.has("type") && item.has("recommendations"), item.toString());
    }

    @Test
    void submissionSchemaIsTheShippedOne() throws Exception {
        var response = client.toBlocking().exchange("/api/schema/submission", String.class);
        assertEquals("application/schema+json", response.getContentType().orElseThrow().toString());
        assertEquals(Json.mapper().readTree(cli("schema")), Json.mapper().readTree(response.body()));
    }

    @Test
    void aValidSubmissionIsEvaluated() throws Exception {
        String submission = """
                {"country": "XAA", "reporting_year": 2024, "region": "latin_american_caribbean", "answers": {"DR.NALOXONE_TAKE_HOME": "yes"}}
                """;
        JsonNode evaluation = Json.mapper().readTree(client.toBlocking().retrieve(
                HttpRequest.POST("/api/evaluations", submission).contentType(MediaType.APPLICATION_JSON), String.class));
        assertEquals("XAA", evaluation.get("country").asText());
        assertEquals(103, evaluation.get("recommendations").size());
        assertTrue(evaluation.get("criteria").size() > 500);
        assertEquals(64, evaluation.get("submission_sha256").asText().length());
    }

    @ParameterizedTest(name = "{0} is a 400 naming \"{1}\"")
    @MethodSource("org.gapcheck.submission.BrokenSubmissions#cases")
    void brokenSubmissionsAreA400ListingEveryError(String file, String path, String code) throws Exception {
        JsonNode problem = refused(BrokenSubmissions.read(file), HttpStatus.BAD_REQUEST);
        assertEquals("submission/invalid", problem.get("type").asText());
        boolean named = false;
        for (JsonNode error : problem.get("errors")) {
            named |= error.get("path").asText().equals(path) && error.get("code").asText().equals(code);
        }
        assertTrue(named, problem.toString());
    }

    @Test
    void aPreviousSubmissionAddsProgress() throws Exception {
        String body = "{\"submission\": " + new String(org.gapcheck.fixtures.Fixtures.read(java.nio.file.Path.of("fixtures/xaf-midterm-2024.json")))
                + ", \"previous\": " + new String(org.gapcheck.fixtures.Fixtures.read(java.nio.file.Path.of("fixtures/xaf-baseline-2019.json"))) + "}";
        JsonNode report = Json.mapper().readTree(client.toBlocking().retrieve(
                HttpRequest.POST("/api/evaluations", body).contentType(MediaType.APPLICATION_JSON), String.class));
        assertEquals(2019, report.get("progress").get("previous_year").asInt());
        assertTrue(report.get("progress").get("chapters").size() == 7);
    }

    @Test
    void aPreviousSubmissionOfAnotherCountryIsRefused() throws Exception {
        String body = "{\"submission\": " + new String(org.gapcheck.fixtures.Fixtures.read(java.nio.file.Path.of("fixtures/xaf-midterm-2024.json")))
                + ", \"previous\": " + new String(org.gapcheck.fixtures.Fixtures.read(java.nio.file.Path.of("fixtures/xac-consumer-2024.json"))) + "}";
        JsonNode problem = refused(body.getBytes(), HttpStatus.BAD_REQUEST);
        assertEquals("/previous/country", problem.get("errors").get(0).get("path").asText());
    }

    @Test
    void aBodyOverTheEndpointsLimitIsA413NamingIt() throws Exception {
        byte[] big = new byte[(int) BodyLimits.EVALUATION.bytes() + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        JsonNode problem = refused(big, HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        assertEquals("submission/too-large", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains(BodyLimits.EVALUATION.bytes() + " bytes"), problem.toString());
    }

    @Test
    void aSubmissionOverOneMebibyteIsRefusedAtItsPointer() throws Exception {
        byte[] big = new byte[SubmissionReader.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        JsonNode problem = refused(big, HttpStatus.BAD_REQUEST);
        assertEquals("too_large", problem.get("errors").get(0).get("code").asText());
    }
}
