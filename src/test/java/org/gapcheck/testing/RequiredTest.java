package org.gapcheck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredTest {

    @TempDir
    Path dir;

    @Test
    void somethingPresentIsReturned() {
        assertEquals(dir, Required.resource("the folder", "GAPCHECK_REQUIRE_NOTHING", dir));
    }

    @Test
    void somethingMissingSkipsWithTheReason() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> Required.that("the seed documents", "GAPCHECK_REQUIRE_SEEDS", false, "not found at /x", Map.<String, String>of()::get));
        assertEquals("Assumption failed: the seed documents not found at /x; skipped (GAPCHECK_REQUIRE_SEEDS=1 makes this a failure)",
                skipped.getMessage());
    }

    @Test
    void somethingMissingFailsWhereItsVariableRequiresIt() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> Required.that("the seed documents",
                "GAPCHECK_REQUIRE_SEEDS", false, "not found at /x", Map.of("GAPCHECK_REQUIRE_SEEDS", "1")::get));
        assertEquals("the seed documents not found at /x, and GAPCHECK_REQUIRE_SEEDS=1 requires it", failed.getMessage());
    }

    @Test
    void aMissingPathIsNamedAbsolute() {
        Path missing = dir.resolve("seeds");
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> Required.resource("the seed documents", "GAPCHECK_REQUIRE_NOTHING", missing));
        assertEquals("Assumption failed: the seed documents not found at " + missing.toAbsolutePath()
                + "; skipped (GAPCHECK_REQUIRE_NOTHING=1 makes this a failure)", skipped.getMessage());
    }
}
