package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.gapcheck.core.RulePack;
import org.gapcheck.testing.WithDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@code GET /} is a page, not a 404: it names the service and its rule pack and links to the docs and routes, each of which answers. */
@MicronautTest(transactional = false)
class HomePageTest extends WithDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    RulePack pack;

    @Test
    void theRootIsAnAccessiblePageNamingTheServiceAndItsPack() {
        HttpResponse<String> response = client.toBlocking().exchange("/", String.class);
        assertEquals(200, response.code());
        assertEquals("text/html;charset=utf-8", response.getContentType().orElseThrow().toString());
        Document page = Jsoup.parse(response.body());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertTrue(page.title().contains("Gapcheck") && page.title().contains(pack.manifest().version()), page.title());
        assertEquals("Gapcheck", page.selectFirst("h1").text());
        assertFalse(page.select("main h2").isEmpty(), "headings under the page's");
        for (String landmark : new String[] {"header", "nav[aria-label]", "main", "footer"}) {
            assertEquals(1, page.select(landmark).size(), landmark);
        }
        assertTrue(page.text().contains(pack.manifest().name() + ", version " + pack.manifest().version()), page.text());
        assertTrue(page.select("script, link[rel=stylesheet], img, [src]").isEmpty(), "self-contained: nothing loaded from elsewhere");
    }

    @Test
    void itLinksToTheApiDocumentationAndTheMainRoutesAndEveryLinkAnswers() {
        Document page = Jsoup.parse(client.toBlocking().retrieve("/"));
        List<String> links = page.select("a[href]").stream().map(a -> a.attr("href")).toList();
        assertTrue(links.containsAll(List.of("/swagger-ui/index.html", "/swagger/gapcheck.yml", "/health", "/api/questionnaire",
                "/api/catalogue")), links.toString());
        for (String link : links) {
            assertTrue(link.startsWith("/"), "only this service's own pages: " + link);
            assertEquals(200, client.toBlocking().exchange(link, String.class).code(), link);
        }
        Element upload = page.select("tr").stream().filter(r -> r.text().contains("/api/rulesets/validate")).findFirst().orElseThrow();
        assertTrue(upload.text().contains("ruleset:validate"), upload.text());
        for (String route : new String[] {"POST /api/evaluations", "POST /api/summaries"}) {
            assertTrue(page.text().contains(route), route);
        }
    }
}
