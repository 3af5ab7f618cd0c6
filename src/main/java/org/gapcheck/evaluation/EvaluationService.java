package org.gapcheck.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gapcheck.core.RulePack;
import org.gapcheck.report.Report;
import org.gapcheck.report.SummaryView;
import org.gapcheck.engine.Finding;
import org.gapcheck.report.ReportBuilder;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.Submission;
import org.gapcheck.submission.SubmissionError;
import org.gapcheck.submission.SubmissionReader;

/** Bytes of a submission (and optionally of an earlier one) in, gap report out: the one path the CLI and the service share. */
public final class EvaluationService {

    /** Where the errors of the previous submission stand: under this pointer, as in the HTTP wrapper. */
    private static final String PREVIOUS = "/previous";

    private final RulePack pack;
    private final SubmissionReader reader;
    private final ReportBuilder builder;
    private final Clock clock;

    public EvaluationService(RulePack pack, Clock clock) {
        this.pack = pack;
        this.reader = pack.reader();
        this.builder = new ReportBuilder(pack);
        this.clock = clock;
    }

    /** @throws InvalidSubmissionException with every error, when the submission is invalid */
    public Report evaluate(byte[] json) {
        return evaluate(json, null);
    }

    /**
     * @param previous an earlier submission of the same country, or null
     * @throws InvalidSubmissionException with every error of the submission; {@link InvalidPrevious} with those of the previous one
     */
    public Report evaluate(byte[] json, byte[] previous) {
        return evaluate(json, previous, true);
    }

    /** As {@link #evaluate(byte[], byte[])}; without {@code withActions} the action list is not planned (null). */
    public Report evaluate(byte[] json, byte[] previous, boolean withActions) {
        ReportBuilder.EvaluatedSubmission current = evaluated(json);
        ReportBuilder.EvaluatedSubmission before = null;
        if (previous != null) {
            try {
                before = evaluated(previous);
            } catch (InvalidSubmissionException e) {
                throw new InvalidPrevious(e.errors().stream().map(EvaluationService::underPrevious).toList());
            }
            Submission now = current.submission();
            Submission then = before.submission();
            if (!then.country().equals(now.country())) {
                throw new InvalidPrevious(List.of(SubmissionError.at(PREVIOUS + "/country", "other_country",
                        "the previous submission is of " + then.country() + ", this one of " + now.country())));
            }
            if (then.reportingYear() >= now.reportingYear()) {
                throw new InvalidPrevious(List.of(SubmissionError.at(PREVIOUS + "/reporting_year", "not_earlier",
                        "the previous submission's year (" + then.reportingYear() + ") must come before " + now.reportingYear())));
            }
        }
        return builder.build(current, before, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), withActions);
    }

    /**
     * The live preview of a submission ({@code view=summary}): its findings are not explained,
     * and nothing is compared or planned.
     *
     * @throws InvalidSubmissionException with every error, when the submission is invalid
     */
    public SummaryView summary(byte[] json) {
        Submission submission = reader.read(json);
        List<Finding> findings = pack.evaluator().findings(submission, pack.evaluator().run(submission), false);
        return builder.summary(submission, findings);
    }

    private ReportBuilder.EvaluatedSubmission evaluated(byte[] json) {
        Submission submission = reader.read(json);
        return new ReportBuilder.EvaluatedSubmission(submission, sha256(json), pack.evaluator().evaluate(submission));
    }

    private static SubmissionError underPrevious(SubmissionError e) {
        return new SubmissionError(PREVIOUS + e.path(), e.code(), "previous submission: " + e.message(), e.line(), e.column());
    }

    /**
     * The previous submission cannot be compared with: it is invalid, or of another country or not
     * earlier. Its errors stand under /previous, as in the HTTP wrapper; {@link #inPrevious} gives
     * each with its pointer into the previous document itself.
     */
    public static final class InvalidPrevious extends InvalidSubmissionException {
        InvalidPrevious(List<SubmissionError> errors) {
            super(errors);
        }
    }

    /** An error of {@link InvalidPrevious} with its pointer into the previous submission itself. */
    public static SubmissionError inPrevious(SubmissionError e) {
        return new SubmissionError(e.path().substring(PREVIOUS.length()), e.code(), e.message(), e.line(), e.column());
    }

    static String sha256(byte[] bytes) {
        return org.gapcheck.text.Sha256.hex(bytes);
    }
}
