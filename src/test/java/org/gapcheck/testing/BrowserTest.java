package org.gapcheck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The browser harness against pages a running server serves: a clean page passes, and each kind of problem is found and told. */
@MicronautTest(environments = BrowserTest.ENVIRONMENT)
class BrowserTest {

    static final String ENVIRONMENT = "browser-harness";

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Inject
    EmbeddedServer server;

    private URI page(String name) {
        return server.getURI().resolve("/browser-harness/" + name);
    }

    @Test
    void aCleanPageHasNoProblemAtEitherWidthAndIsScreenshotWhole() throws Exception {
        for (int width : List.of(1400, 390)) {
            PageCheck check = BROWSER.open(page("clean"), width).check("harness-clean-" + width);
            assertEquals(List.of(), check.problems(), check.report());
            byte[] png = Files.readAllBytes(check.screenshot());
            assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(width, java.nio.ByteBuffer.wrap(png, 16, 4).getInt(), "the screenshot is as wide as the window");
        }
    }

    @Test
    void aBrokenPageHasEachProblemFoundAndToldByElementAndText() {
        PageCheck check = BROWSER.open(page("broken"), 390).check("harness-broken-390");
        String report = check.report();
        assertTrue(check.consoleErrors().stream().anyMatch(e -> e.contains("a deliberate console error")), report);
        assertTrue(check.consoleErrors().stream().anyMatch(e -> e.contains("notAFunction")), "an uncaught exception: " + report);
        assertTrue(check.overflows().stream().anyMatch(o -> o.startsWith("<div.narrow>")
                && o.contains("\"DR.AN_ITEM_CODE_TOO_LONG_FOR_ITS_BOX\" is ") && o.contains("wider than its box")
                && o.endsWith("longest word: DR.AN_ITEM_CODE_TOO_LONG_FOR_ITS_BOX")), report);
        assertTrue(check.overflows().stream().anyMatch(o -> o.startsWith("<div.wide>") && o.contains("sticks out of the 390 px window")), report);
        assertEquals(2, check.overflows().size(), "only the offenders, not the body or main that hold them: " + report);
        List<String> rules = check.axeViolations().stream().map(AxeViolation::id).toList();
        assertTrue(rules.containsAll(List.of("color-contrast", "image-alt")), report);
        assertTrue(report.contains("axe: image-alt (critical): Images must have alternative text; 1 element: img"), report);
        assertTrue(check.axeViolations().stream().allMatch(v -> List.of("serious", "critical").contains(v.impact())), report);
    }

    @Test
    void aRuleLeftOutIsNotRun() {
        List<String> rules = BROWSER.open(page("broken"), 1400).axeViolations("color-contrast").stream().map(AxeViolation::id).toList();
        assertTrue(rules.contains("image-alt") && !rules.contains("color-contrast"), rules.toString());
    }

    @Test
    void aPageThatCannotBeLoadedIsAnErrorNotACleanPage() {
        assertThrows(IllegalArgumentException.class, () -> BROWSER.open(Path.of("target/no-such-page.html"), 1400));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> BROWSER.open(URI.create("http://127.0.0.1:9/"), 1400));
        assertTrue(refused.getMessage().startsWith("Chromium could not load http://127.0.0.1:9/"), refused.getMessage());
    }
}
