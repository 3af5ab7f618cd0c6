package org.gapcheck.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Status;
import org.gapcheck.report.Evaluation;
import org.gapcheck.submission.Submission;
import org.gapcheck.submission.SubmissionReader;

/** Bytes of a submission in, evaluation out: the one path the CLI and the service share. */
public final class EvaluationService {

    private final RulePack pack;
    private final SubmissionReader reader;
    private final Clock clock;

    public EvaluationService(RulePack pack, Clock clock) {
        this.pack = pack;
        this.reader = new SubmissionReader(pack.questionnaire());
        this.clock = clock;
    }

    /** @throws org.gapcheck.submission.InvalidSubmissionException with every error, when the submission is invalid */
    public Evaluation evaluate(byte[] json) {
        Submission submission = reader.read(json);
        List<Finding> findings = pack.evaluator().evaluate(submission);
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, findings.stream().filter(f -> f.status() == s).count());
        }
        return new Evaluation(submission.country(), submission.reportingYear(), submission.region(),
                pack.manifest().name(), pack.manifest().version(), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
                sha256(json), counts, findings);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
