package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.gapcheck.testing.WithDatabase;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OpenApiTest extends WithDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        String doc = client.toBlocking().retrieve("/swagger/gapcheck.yml");
        for (String path : new String[] {"/api/evaluations", "/api/questionnaire", "/api/schema/submission", "/api/catalogue",
                "/api/catalogue/recommendations/{id}", "/api/catalogue/challenges/{id}"}) {
            assertTrue(doc.contains(path + ":"), path);
        }
    }

    @Test
    void swaggerUiIsServedFromTheJarItself() {
        String page = client.toBlocking().retrieve("/swagger-ui/index.html");
        assertTrue(page.contains("/swagger/gapcheck.yml"), "the UI opens our document");
        assertTrue(client.toBlocking().retrieve("/swagger-ui/res/swagger-ui-bundle.js").length() > 10_000, "no CDN needed");
    }
}
