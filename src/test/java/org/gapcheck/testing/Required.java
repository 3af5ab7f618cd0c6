package org.gapcheck.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * What a test needs from outside the repository (the seed documents, a browser, a database): where
 * it is missing, the test is reported SKIPPED with the reason, never passed or left out in silence;
 * and where the environment variable that requires it is set (CI sets each), it FAILS instead, so
 * a run that was meant to check it cannot go green without it. Call it before each test
 * ({@code @BeforeEach} or the test itself): a class skipped from {@code @BeforeAll} is reported by
 * Surefire as no test at all. The README's section on tests lists the variables.
 */
public final class Required {

    private Required() {
    }

    /**
     * @param what     what is needed, in words ("the seed documents")
     * @param variable the environment variable that, set to 1, makes its absence a failure
     * @param path     where it is looked for
     * @return {@code path}, when it exists
     */
    public static Path resource(String what, String variable, Path path) {
        that(what, variable, Files.exists(path), "not found at " + path.toAbsolutePath().normalize());
        return path;
    }

    /** The same for anything else: {@code present} says whether it is there, {@code absence} why not. */
    public static void that(String what, String variable, boolean present, String absence) {
        that(what, variable, present, absence, System::getenv);
    }

    static void that(String what, String variable, boolean present, String absence, UnaryOperator<String> environment) {
        if (present) {
            return;
        }
        if ("1".equals(environment.apply(variable))) {
            fail(what + " " + absence + ", and " + variable + "=1 requires it");
        }
        assumeTrue(false, what + " " + absence + "; skipped (" + variable + "=1 makes this a failure)");
    }
}
