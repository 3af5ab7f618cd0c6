package org.gapcheck.http;

import java.util.List;
import org.gapcheck.submission.SubmissionError;

/** A batch for {@code /api/summaries} whose wrapper cannot be read: every error, each at its pointer (400). */
final class InvalidBatchException extends ApiException {

    private final List<SubmissionError> errors;

    InvalidBatchException(String reason, List<SubmissionError> errors) {
        super(reason);
        this.errors = List.copyOf(errors);
    }

    @Override
    Problem problem(String instance) {
        return new Problem("summary/invalid-batch", "Invalid batch", 400, getMessage(), instance, null,
                errors.stream().map(Problem.Error::of).toList());
    }
}
