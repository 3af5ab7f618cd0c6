package org.gapcheck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Without Chromium the browser tests are skipped with the reason, unless GAPCHECK_REQUIRE_BROWSER=1 makes them fail. */
class BrowserRequirementTest {

    private static final Path NOWHERE = Path.of("target/no-such-chromium");

    @Test
    void aMissingBrowserIsToldAndSkipsTheTests() {
        assertFalse(Chromium.installed(NOWHERE, NOWHERE, null));
        assertFalse(Chromium.installed(Chromium.BINARY, NOWHERE, "0"), "the driver is needed too");
        assertEquals("Chromium not installed: apt-get install chromium chromium-driver", Chromium.MISSING);
    }

    @Test
    void aMissingBrowserFailsWhereItIsRequired() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> Chromium.installed(NOWHERE, NOWHERE, "1"));
        assertEquals(Chromium.MISSING + " (GAPCHECK_REQUIRE_BROWSER=1 makes the browser tests required)", failed.getMessage());
    }
}
