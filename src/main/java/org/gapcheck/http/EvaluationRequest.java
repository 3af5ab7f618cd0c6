package org.gapcheck.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.submission.Envelope;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.SubmissionError;

/**
 * The body of {@code POST /api/evaluations}: a submission, or {"submission": {...}, "previous": {...}}
 * to compare it with an earlier one. A body whose first key is "submission" or "previous" is the wrapper; each
 * wrapped submission is read from its own bytes by the same reader as one posted alone, and its
 * errors are placed back in the body (pointer under /submission or /previous, line and column).
 */
record EvaluationRequest(Envelope.Part submission, Envelope.Part previous) {

    private static final Set<String> KEYS = new java.util.LinkedHashSet<>(List.of("submission", "previous"));

    static EvaluationRequest of(byte[] body) {
        // Neither key begins a submission, so the first key tells the two apart without reading the body
        // twice; a submission that names either later is refused by its reader as an unknown field.
        if (Envelope.firstKey(body).filter(KEYS::contains).isEmpty()) {
            return new EvaluationRequest(Envelope.whole(body), null);
        }
        List<SubmissionError> errors = new ArrayList<>();
        Map<String, Envelope.Part> parts = Envelope.members(body, KEYS, errors);
        if (errors.isEmpty() && !parts.containsKey("submission")) {
            errors.add(SubmissionError.at("/submission", "missing_field", "'submission' is required beside 'previous'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return new EvaluationRequest(parts.get("submission"), parts.get("previous"));
    }

    byte[] previousBytes() {
        return previous == null ? null : previous.bytes();
    }

    /** The errors of an evaluation placed in the body: the previous submission's in its part, the rest in the submission's. */
    InvalidSubmissionException placed(InvalidSubmissionException e) {
        return new InvalidSubmissionException(e.errors().stream().map(error -> {
            if (e instanceof EvaluationService.InvalidPrevious) {
                return previous.rebase(EvaluationService.inPrevious(error));
            }
            return submission.rebase(error);
        }).toList());
    }
}
