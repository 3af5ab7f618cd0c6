package org.gapcheck.evaluation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.gapcheck.core.RulePack;
import org.gapcheck.report.Report;
import org.gapcheck.report.ReportBuilder;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.Submission;
import org.gapcheck.submission.SubmissionError;
import org.gapcheck.submission.SubmissionReader;

/** Bytes of a submission (and optionally of an earlier one) in, gap report out: the one path the CLI and the service share. */
public final class EvaluationService {

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
     * @throws InvalidSubmissionException with every error of either document; errors of the previous one are under /previous
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
                throw new InvalidSubmissionException(e.errors().stream().map(EvaluationService::underPrevious).toList());
            }
            Submission now = current.submission();
            Submission then = before.submission();
            if (!then.country().equals(now.country())) {
                throw new InvalidSubmissionException(List.of(SubmissionError.at("/previous/country", "other_country",
                        "the previous submission is of " + then.country() + ", this one of " + now.country())));
            }
            if (then.reportingYear() >= now.reportingYear()) {
                throw new InvalidSubmissionException(List.of(SubmissionError.at("/previous/reporting_year", "not_earlier",
                        "the previous submission's year (" + then.reportingYear() + ") must come before " + now.reportingYear())));
            }
        }
        return builder.build(current, before, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), withActions);
    }

    private ReportBuilder.EvaluatedSubmission evaluated(byte[] json) {
        Submission submission = reader.read(json);
        return new ReportBuilder.EvaluatedSubmission(submission, sha256(json), pack.evaluator().evaluate(submission));
    }

    private static SubmissionError underPrevious(SubmissionError e) {
        return new SubmissionError("/previous" + e.path(), e.code(), "previous submission: " + e.message(), e.line(), e.column());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
