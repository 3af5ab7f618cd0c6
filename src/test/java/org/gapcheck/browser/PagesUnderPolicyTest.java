package org.gapcheck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.testing.Browser;
import org.gapcheck.testing.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pages the service answers, opened from it in headless Chromium under its Content-Security-Policy: no
 * console error (a refused script or style is one), and their scripts run: Swagger UI draws the API, the served
 * report shows its filter (hidden until its script runs).
 */
@MicronautTest
class PagesUnderPolicyTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Inject
    EmbeddedServer server;

    @Test
    void theHomePageAndSwaggerUiRaiseNoViolation() throws InterruptedException {
        Page home = BROWSER.open(server.getURI().resolve("/"), 1400);
        assertEquals(List.of(), errors(home), "the home page");
        Page swagger = BROWSER.open(server.getURI().resolve("/swagger-ui/index.html"), 1400);
        assertTrue(waitFor(swagger, "return document.querySelectorAll('.opblock').length > 0"), "Swagger UI drew the operations");
        assertEquals(List.of(), errors(swagger), "Swagger UI");
    }

    @Test
    void theServedReportRunsItsFilterFromTheServedScript() throws IOException, InterruptedException {
        Page page = BROWSER.open(server.getURI().resolve("/"), 1400);
        // The report is the answer to a POST: fetched by the page and written into it, it stands under the same policy.
        Object written = page.runAsync("const done = arguments[arguments.length - 1];"
                + " fetch('/api/evaluations', {method: 'POST', headers: {'Content-Type': 'application/json', 'Accept': 'text/html'},"
                + " body: arguments[0]}).then(r => r.text()).then(t => { done(t.length);"
                + " setTimeout(() => { document.open(); document.write(t); document.close(); }, 0); });",
                Files.readString(Fixtures.DIR.resolve("xac-consumer-2024.json")));
        assertTrue(((Number) written).longValue() > 10_000, "a report came: " + written);
        assertTrue(waitFor(page, "const f = document.getElementById('flt'); return !!f && !f.hidden"
                + " && document.getElementById('fcount').textContent.startsWith('Showing')"), "the filter script ran");
        assertEquals(List.of(), errors(page), "the report");
    }

    @Test
    void anInlineScriptIsRefusedAndTheRefusalIsSeen() throws InterruptedException {
        Page home = BROWSER.open(server.getURI().resolve("/"), 1400);
        home.run("const s = document.createElement('script'); s.textContent = 'document.title = \"ran\"';"
                + " document.body.appendChild(s);");
        Thread.sleep(200);
        assertEquals(false, "ran".equals(home.run("return document.title")), "the inline script did not run");
        List<String> errors = home.consoleErrors();
        assertTrue(errors.stream().anyMatch(e -> e.contains("Content Security Policy")), "the checks above would see it: " + errors);
    }

    /** The console's errors but the browser's own look for a favicon, which the service has none of. */
    private static List<String> errors(Page page) {
        return page.consoleErrors().stream().filter(e -> !e.contains("/favicon.ico ")).toList();
    }

    private static boolean waitFor(Page page, String condition) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            if (Boolean.TRUE.equals(page.run(condition))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
