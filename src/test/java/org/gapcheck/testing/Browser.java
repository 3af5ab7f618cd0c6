package org.gapcheck.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class, which opens a file or a URL (of a running server too) at a window width;
 * the {@link Page} then tells what a reader would meet there: console errors, text that overflows its box or the
 * window, and WCAG 2.1 AA violations that axe-core rates serious or critical, with a screenshot under target/.
 * <pre>
 * &#64;RegisterExtension
 * static final Browser BROWSER = new Browser();
 * ...
 * PageCheck check = BROWSER.open(Path.of("target/report.html"), 390).check("report-390");
 * assertTrue(check.problems().isEmpty(), check::report);
 * </pre>
 * Without Chromium (/usr/bin/chromium and /usr/bin/chromedriver) the class's tests are skipped with the reason,
 * or fail where {@code GAPCHECK_REQUIRE_BROWSER=1} (CI).
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    static final String VARIABLE = "GAPCHECK_REQUIRE_BROWSER";

    private Chromium chromium;

    /** Each test, not its class, is skipped (by {@link Required}): Surefire counts a class skipped in {@code @BeforeAll} as no test at all. */
    @Override
    public void beforeEach(ExtensionContext context) {
        require(Chromium.installed(), System::getenv);
    }

    static void require(boolean installed, UnaryOperator<String> environment) {
        Required.that("Chromium", VARIABLE, installed, Chromium.MISSING, environment);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (Chromium.installed()) {
            chromium = Chromium.start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /** Opens a local file at a viewport this many CSS pixels wide. */
    public Page open(Path file, int width) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a file");
        }
        return open(file.toAbsolutePath().toUri(), width);
    }

    /** Opens a URL (file:, or http: of a running server) at a viewport this many CSS pixels wide, once it has loaded. */
    public Page open(URI uri, int width) {
        if (chromium == null) {
            throw new IllegalStateException("the browser is not started: register it with @RegisterExtension on a static field");
        }
        chromium.driver().manage().logs().get(LogType.BROWSER); // drains what earlier pages logged
        chromium.viewport(width, Chromium.WINDOW_HEIGHT);
        chromium.driver().get(uri.toString());
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(d -> "complete".equals(chromium.driver().executeScript("return document.readyState")));
        Object failed = chromium.driver().executeScript("const e = document.getElementById('main-frame-error');"
                + " return e && e.innerText.replace(/\\s+/g, ' ').trim();");
        if (failed != null) {
            throw new IllegalStateException("Chromium could not load " + uri + ": " + failed);
        }
        return new Page(chromium, uri, width);
    }
}
