package org.gapcheck.submission;

import java.util.List;

/** A submission that cannot be evaluated, with every error found in it. */
public class InvalidSubmissionException extends RuntimeException {

    private final transient List<SubmissionError> errors;

    public InvalidSubmissionException(List<SubmissionError> errors) {
        super(errors.size() + " error(s) in the submission");
        this.errors = List.copyOf(errors);
    }

    public List<SubmissionError> errors() {
        return errors;
    }
}
