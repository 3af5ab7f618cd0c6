package org.gapcheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.logging.LogType;

/** The page a {@link Browser} last opened, at the width it was opened, and what can be checked on it. */
public final class Page {

    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    /**
     * Screenshots stop at this many pixels (1400 x 5,700 or 390 x 20,500): writing the PNG costs time by the pixel, a gap
     * report is 80,000 px tall on a desktop, and below the first screens its findings repeat one pattern.
     */
    public static final int SCREENSHOT_MAX_PIXELS = 8_000_000;

    private final Chromium chromium;
    private final URI uri;
    private final int width;

    Page(Chromium chromium, URI uri, int width) {
        this.chromium = chromium;
        this.uri = uri;
        this.width = width;
    }

    public URI uri() {
        return uri;
    }

    public int width() {
        return width;
    }

    /** Console messages at SEVERE level since the page was opened: console.error, uncaught exceptions, failed loads. */
    public List<String> consoleErrors() {
        return chromium.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Runs a script in the page (as the driver does: the page's Content-Security-Policy does not apply to it) and gives its value. */
    public Object run(String script, Object... args) {
        return chromium.driver().executeScript(script, args);
    }

    /** Presses keys as a person would, into whatever has the focus (Keys.TAB, Keys.ENTER, text). */
    public void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(chromium.driver()).sendKeys(keys).perform();
    }

    /** Chooses {@code file} in the file field with this id, as a person picking it in the browser's dialogue would. */
    public void chooseFile(String id, Path file) {
        chromium.driver().findElement(org.openqa.selenium.By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    /** The id of the element that has the focus ("" for none or one without an id). */
    public String focused() {
        return String.valueOf(run("return document.activeElement ? document.activeElement.id : ''"));
    }

    /** The address the page is at now (after a form's redirect, say). */
    public String url() {
        return chromium.driver().getCurrentUrl();
    }

    /** Waits up to 10 s for the page at an address ending with {@code suffix}, loaded. */
    public void waitForUrlEnding(String suffix) {
        new WebDriverWait(chromium.driver(), java.time.Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(suffix)
                && "complete".equals(chromium.driver().executeScript("return document.readyState")));
    }

    /** Makes the network refuse requests to addresses matching these patterns ({@code *} any text); none lifts it. */
    public void blockRequests(String... patterns) {
        chromium.driver().executeCdpCommand("Network.enable", Map.of());
        chromium.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(patterns)));
    }

    /** Sets a cookie of the page's site (the page must be open on it): the language asked for, say. */
    public void setCookie(String name, String value) {
        chromium.driver().manage().addCookie(new org.openqa.selenium.Cookie(name, value, "/"));
    }

    /** Forgets the cookies of the page's site: a session left by an earlier test, say. */
    public void clearCookies() {
        chromium.driver().manage().deleteAllCookies();
    }

    /** Waits up to 10 s for a script's condition to be true in the page. */
    public void waitFor(String condition) {
        new WebDriverWait(chromium.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(chromium.driver().executeScript(condition)));
    }

    /** Runs a script that answers by calling its last argument, and gives that answer. */
    public Object runAsync(String script, Object... args) {
        return chromium.driver().executeAsyncScript(script, args);
    }

    /** Text that overflows its box (and is neither scrolled nor meant to be), or sticks out of the window sideways. */
    public List<String> overflows() {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) chromium.driver().executeScript(Overflow.SCRIPT);
        return found;
    }

    /** Violations of WCAG 2.1 A and AA that axe-core rates serious or critical, leaving out the rules named (see {@link Axe}). */
    public List<AxeViolation> axeViolations(String... skipped) {
        return Axe.violations(chromium.driver(), uri, skipped);
    }

    /**
     * The whole page, not only the window, as target/screenshots/NAME.png, down to {@link #SCREENSHOT_MAX_PIXELS}:
     * the window is made as tall as the page for the picture, then set back.
     */
    public Path screenshot(String name) {
        Number page = (Number) chromium.driver().executeScript("return document.documentElement.scrollHeight");
        int height = (int) Math.min(page.longValue(), SCREENSHOT_MAX_PIXELS / width);
        Map<String, Object> shot;
        try {
            chromium.viewport(width, height);
            shot = chromium.driver().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        } finally {
            chromium.viewport(width, Chromium.WINDOW_HEIGHT);
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Screenshots the page as NAME and runs every check on it, leaving out the axe rules named. */
    public PageCheck check(String name, String... axeRulesSkipped) {
        Path shot = screenshot(name);
        return new PageCheck(name, uri, width, shot, consoleErrors(), overflows(), axeViolations(axeRulesSkipped));
    }
}
