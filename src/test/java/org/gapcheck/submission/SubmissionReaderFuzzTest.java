package org.gapcheck.submission;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gapcheck.core.RulePackLoader;

/**
 * Fuzz target (issue 14, standing check b): any bytes posted as a submission are either read or
 * refused with coded errors, each at its JSON Pointer; never any other exception. In {@code verify}
 * it replays the seeds in {@code SubmissionReaderFuzzTestInputs/readsOrRefusesWithCodedErrors};
 * {@code .ci/fuzz} fuzzes it.
 */
class SubmissionReaderFuzzTest {

    /** The embedded pack's reader, reservations included, as the service reads submissions. */
    private static final SubmissionReader READER = RulePackLoader.load(null).reader();

    @FuzzTest(maxDuration = "30s")
    void readsOrRefusesWithCodedErrors(byte[] input) {
        Submission submission;
        try {
            submission = READER.read(input);
        } catch (InvalidSubmissionException e) {
            assertFalse(e.errors().isEmpty(), "a refusal names at least one error");
            for (SubmissionError error : e.errors()) {
                assertNotNull(error.code(), () -> "every error has a code: " + error);
                assertFalse(error.code().isBlank(), () -> "every error has a code: " + error);
                assertNotNull(error.path(), () -> "every error has a JSON Pointer: " + error);
                assertTrue(error.path().isEmpty() || error.path().startsWith("/"), () -> "a JSON Pointer: " + error);
                assertNotNull(error.message(), () -> "every error says why: " + error);
            }
            return;
        }
        assertNotNull(submission);
        assertNotNull(submission.country());
    }
}
