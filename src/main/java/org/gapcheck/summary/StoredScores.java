package org.gapcheck.summary;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gapcheck.engine.Status;
import org.gapcheck.json.Json;
import org.gapcheck.report.GroupSummary;
import org.gapcheck.report.ReservationEntry;
import org.gapcheck.submission.Reservation;
import org.gapcheck.submission.Submission;

/**
 * Scores a stored version from the report stored with it when the active pack produced that report,
 * so a summary of thousands of versions evaluates nothing again; a report of another pack version is
 * never mixed in: its submission is evaluated under the active pack instead.
 */
final class StoredScores {

    /** What a summary reads of a stored lean report; the rest of it is skipped. */
    private record Scores(String country, int reportingYear, String region, List<ReservationEntry> reservations,
                          Map<String, Status> recommendations, List<GroupSummary> chapters, List<GroupSummary> challenges) {
    }

    private static final ObjectReader READER = Json.mapper().readerFor(Scores.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String activeVersion;
    private final Function<SummaryBuilder.Input, Object> evaluate;
    private final Function<byte[], Set<String>> answered;

    StoredScores(String activeVersion, Function<SummaryBuilder.Input, Object> evaluate, Function<byte[], Set<String>> answered) {
        this.activeVersion = activeVersion;
        this.evaluate = evaluate;
        this.answered = answered;
    }

    /** A {@link ScoredSubmission}, or a {@link SummaryReport.Invalid} where a re-evaluated submission no longer reads. */
    Object score(StoredVersion version) {
        if (!activeVersion.equals(version.packVersion())) {
            return evaluate.apply(new SummaryBuilder.Input(version.name(), version.submission().get()));
        }
        Scores s;
        try {
            s = READER.readValue(version.report());
        } catch (IOException e) {
            throw new UncheckedIOException("the stored report of " + version.name() + " cannot be read", e);
        }
        Map<String, Reservation> reservations = new LinkedHashMap<>();
        if (s.reservations() != null) {
            s.reservations().forEach(r -> reservations.put(r.criterion(), new Reservation(r.criterion(), r.law(), r.reason())));
        }
        Submission header = new Submission(s.country(), s.reportingYear(), s.region(), Map.of(), Map.of(), Map.of(), reservations);
        Supplier<byte[]> submission = version.submission();
        return new ScoredSubmission(version.name(), header, s.recommendations(), s.chapters(), s.challenges(),
                () -> answered.apply(submission.get()));
    }
}
