package org.gapcheck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without Chromium the browser tests are skipped with the reason, unless GAPCHECK_REQUIRE_BROWSER=1 makes them fail. */
class BrowserRequirementTest {

    private static final Path NOWHERE = Path.of("target/no-such-chromium");

    @Test
    void theBrowserAndItsDriverAreBothNeeded() {
        assertFalse(Chromium.installed(NOWHERE, NOWHERE));
        assertFalse(Chromium.installed(Chromium.BINARY, NOWHERE), "the driver is needed too");
    }

    @Test
    void aMissingBrowserSkipsTheTestWithTheReason() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> Browser.require(false, Map.<String, String>of()::get));
        assertEquals("Assumption failed: Chromium not installed at /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium"
                + " chromium-driver); skipped (GAPCHECK_REQUIRE_BROWSER=1 makes this a failure)", skipped.getMessage());
    }

    @Test
    void aMissingBrowserFailsWhereItIsRequired() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> Browser.require(false, Map.of(Browser.VARIABLE, "1")::get));
        assertEquals("Chromium not installed at /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver),"
                + " and GAPCHECK_REQUIRE_BROWSER=1 requires it", failed.getMessage());
    }
}
