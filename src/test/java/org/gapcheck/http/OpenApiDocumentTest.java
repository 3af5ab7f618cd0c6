package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.testing.WithDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the build writes, as a client generator and a reviewer read it: every
 * operation tagged and summarised, every error answer a problem, and every example true to what
 * the service reads and answers. (.ci/openapi-lint lints the same file with Redocly.)
 */
@MicronautTest(transactional = false)
class OpenApiDocumentTest extends WithDatabase {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static JsonNode doc;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    RulePack pack;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/swagger/gapcheck.yml")) {
            assertTrue(in != null, "the build writes META-INF/swagger/gapcheck.yml");
            doc = new YAMLMapper().readTree(in);
        }
    }

    private static List<String> operations() {
        List<String> found = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(m -> METHODS.contains(m.getKey()))
                .forEach(m -> found.add(m.getKey() + " " + path.getKey())));
        return found;
    }

    private static JsonNode operation(String methodAndPath) {
        String[] parts = methodAndPath.split(" ", 2);
        return doc.get("paths").get(parts[1]).get(parts[0]);
    }

    private static JsonNode example(String name) {
        JsonNode example = doc.at("/components/examples/" + name + "/value");
        assertFalse(example.isMissingNode(), "the document has the example " + name);
        return example;
    }

    @Test
    void everyOperationHasASummaryAndADeclaredTag() {
        Set<String> declared = new HashSet<>();
        doc.get("tags").forEach(t -> {
            assertFalse(t.path("description").asText().isBlank(), t.toString());
            declared.add(t.get("name").asText());
        });
        List<String> operations = operations();
        assertTrue(operations.size() >= 12, operations.toString());
        for (String op : operations) {
            JsonNode operation = operation(op);
            assertFalse(operation.path("summary").asText().isBlank(), op + " has a summary");
            assertTrue(operation.path("tags").size() > 0, op + " has a tag");
            operation.get("tags").forEach(t -> assertTrue(declared.contains(t.asText()), op + ": tag " + t + " is declared"));
        }
    }

    @Test
    void everyErrorOfTheApiIsAProblem() {
        for (String op : operations()) {
            if (!op.contains(" /api/")) {
                continue; // /health answers 503 with its own body
            }
            JsonNode responses = operation(op).get("responses");
            assertTrue(responses.has("500"), op + " answers 500");
            responses.properties().stream().filter(r -> r.getKey().matches("[45]\\d\\d")).forEach(r -> {
                JsonNode content = r.getValue().get("content");
                assertEquals(Set.of(Problem.CONTENT_TYPE), Set.copyOf(list(content.fieldNames())), op + " " + r.getKey());
                assertEquals("#/components/schemas/Problem", content.at("/" + Problem.CONTENT_TYPE.replace("/", "~1")
                        + "/schema/$ref").asText(), op + " " + r.getKey());
            });
        }
        assertTrue(doc.at("/components/schemas/Problem/required").toString().contains("\"type\""), "a problem always has a type");
    }

    private static <T> List<T> list(Iterator<T> items) {
        List<T> list = new ArrayList<>();
        items.forEachRemaining(list::add);
        return list;
    }

    @Test
    void theSubmissionExamplesAreTheFixturesWholeAndAreRead() throws IOException {
        JsonNode midterm = example("xaf-midterm-2024");
        assertEquals(fixture("xaf-midterm-2024.json"), midterm);
        pack.reader().read(Json.mapper().writeValueAsBytes(midterm));

        JsonNode batch = example("xad-island-2024");
        assertEquals(2024, batch.get("year").asInt());
        assertEquals(List.of(fixture("xad-island-2024.json")), list(batch.get("submissions").elements()));
        pack.reader().read(Json.mapper().writeValueAsBytes(batch.get("submissions").get(0)));
    }

    @Test
    void theReceiptIsDocumentedAsJsonAndAsPdfAndTheStoredSubmissionAsJson() {
        String versions = "/api/countries/{iso3}/submissions/{year}/versions/{number}";
        JsonNode receipt = operation("get " + versions + "/receipt").get("responses");
        assertEquals(List.of(MediaType.APPLICATION_JSON, "application/pdf"), list(receipt.at("/200/content").fieldNames()));
        assertEquals("#/components/schemas/Views.Receipt", receipt.at("/200/content/application~1json/schema/$ref").asText(), receipt.toString());
        assertEquals("binary", receipt.at("/200/content/application~1pdf/schema/format").asText(), receipt.toString());
        assertTrue(receipt.at("/404/description").asText().contains("not-found/receipt"), receipt.toString());
        assertTrue(receipt.at("/429/description").asText().contains("report/pdf-busy"), receipt.toString());
        JsonNode stored = operation("get " + versions + "/submission").get("responses");
        assertEquals(List.of(MediaType.APPLICATION_JSON), list(stored.at("/200/content").fieldNames()));
    }

    private static JsonNode fixture(String name) throws IOException {
        return Json.mapper().readTree(Files.readAllBytes(Path.of("fixtures", name)));
    }

    @Test
    void theProblemExampleIsWhatTheServiceAnswersTheInvalidExample() throws IOException {
        // The build copies them from src/main/openapi/examples only when it compiles: an older document means ./mvnw clean.
        for (String name : List.of("invalid-submission", "invalid-submission.problem")) {
            assertEquals(Json.mapper().readTree(Files.readAllBytes(Path.of("src/main/openapi/examples", name + ".json"))),
                    example(name.replace('.', '-')), name + " in the document is src/main/openapi/examples' (stale? ./mvnw clean)");
        }
        byte[] invalid = Json.mapper().writeValueAsBytes(example("invalid-submission"));
        assertThrows(InvalidSubmissionException.class, () -> pack.reader().read(invalid));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/evaluations", invalid).contentType(MediaType.APPLICATION_JSON), String.class));
        assertEquals(400, e.getStatus().getCode());
        assertEquals(Problem.CONTENT_TYPE, e.getResponse().getContentType().orElseThrow().toString());
        assertEquals(example("invalid-submission-problem"), Json.mapper().readTree(e.getResponse().getBody(String.class).orElseThrow()));
    }

    @Test
    void theCatalogueAnswersHaveTheDocumentedShape() throws IOException {
        // A client generator builds its types from these schemas: a field they require must be there, and none unknown.
        conforms("Catalogue", Json.mapper().readTree(client.toBlocking().retrieve("/api/catalogue")), "/api/catalogue");
        conforms("RecommendationDetail", Json.mapper().readTree(client.toBlocking().retrieve("/api/catalogue/recommendations/1(m)")),
                "1(m)");
        conforms("Challenge", Json.mapper().readTree(client.toBlocking().retrieve("/api/catalogue/challenges/C06")), "C06");
    }

    private static void conforms(String schemaName, JsonNode value, String where) {
        JsonNode schema = doc.at("/components/schemas/" + schemaName.replace("/", "~1"));
        assertFalse(schema.isMissingNode(), "schema " + schemaName);
        if (!schema.has("properties")) {
            return;
        }
        assertTrue(value.isObject(), where + " is an object");
        schema.path("required").forEach(r -> assertTrue(value.has(r.asText()), where + " has " + r + ", which " + schemaName
                + " requires"));
        value.properties().forEach(field -> {
            JsonNode property = schema.get("properties").get(field.getKey());
            assertTrue(property != null, where + ": " + field.getKey() + " is a property of " + schemaName);
            String ref = property.has("$ref") ? property.get("$ref").asText() : property.at("/items/$ref").asText();
            if (!ref.isEmpty()) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                Iterable<JsonNode> elements = field.getValue().isArray() ? field.getValue() : List.of(field.getValue());
                for (JsonNode element : elements) {
                    conforms(name, element, where + "/" + field.getKey());
                }
            }
        });
    }

    @Test
    void theHealthAnswerHasTheDocumentedShape() throws IOException {
        JsonNode health = Json.mapper().readTree(client.toBlocking().retrieve("/health"));
        List<String> statuses = list(doc.at("/components/schemas/Health/properties/status/enum").elements()).stream()
                .map(JsonNode::asText).toList();
        assertTrue(statuses.contains(health.get("status").asText()), health.toString());
        assertTrue(health.at("/details/rulePack/details/version").isTextual(), "the rule pack is named: " + health);
    }
}
