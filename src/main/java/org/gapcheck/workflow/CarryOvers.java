package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import org.gapcheck.storage.AnswerChange;
import org.gapcheck.storage.AnswerChangeRepository;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.storage.CarryOver;
import org.gapcheck.storage.CarryOverRepository;
import org.gapcheck.storage.StoredSubmission;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.SubmissionError;
import org.gapcheck.submission.SubmissionReader;

/**
 * A new cycle started from the last one: the coordinator fills an empty draft with the answers of
 * the country's latest submitted version of an earlier year, read under the active questionnaire.
 * Each answer stays "carried over" until a save confirms it or changes it ({@link Drafts#save});
 * an answer the active questionnaire no longer asks, or no longer reads as it was given, is left
 * out and listed, never silently dropped.
 */
@Singleton
@Requires(beans = DataSource.class)
public class CarryOvers {

    private final AnswerChangeRepository changes;
    private final CarryOverRepository carryOvers;
    private final Drafts drafts;
    private final Reading reading;
    private final AuditLog audit;
    private final RulePack pack;
    private final SubmissionReader reader;

    CarryOvers(AnswerChangeRepository changes, CarryOverRepository carryOvers, Drafts drafts,
               Reading reading, AuditLog audit, RulePack pack) {
        this.changes = changes;
        this.carryOvers = carryOvers;
        this.drafts = drafts;
        this.reading = reading;
        this.audit = audit;
        this.pack = pack;
        this.reader = pack.reader();
    }

    /** An answer of the earlier version not carried over, and why. */
    public record NotCarried(String item, String reason) {
    }

    /**
     * What a carry-over did.
     *
     * @param carried      how many answers the draft now holds as carried over
     * @param draftVersion the draft's version after it
     */
    public record Carried(int fromYear, int fromVersion, int carried, List<NotCarried> notCarried, long draftVersion) {
    }

    /** The earlier submitted version a new draft of {@code country} for {@code year} would start from, as its coordinator sees it. */
    Optional<Reading.Earlier> source(Audience who, String country, int year) {
        return who.coordinatorOf(country) ? reading.earlier(who, country, year) : Optional.empty();
    }

    /**
     * Starts the draft of {@code country} for {@code year} from the country's latest submitted version
     * of an earlier year.
     *
     * @throws org.gapcheck.http.Refusal 404 not of the delegation, 403 not its coordinator, 409
     *         {@code submission/not-editable}, {@code submission/not-empty} (the draft has answers),
     *         {@code submission/nothing-to-carry} (no earlier year was submitted)
     */
    public Carried start(@io.micronaut.core.annotation.Nullable io.micronaut.security.authentication.Authentication authentication,
                         String country, int year) {
        return start(Audience.of(authentication), country, year);
    }

    @Transactional
    Carried start(Audience who, String country, int year) {
        if (!who.delegationOf(country)) {
            throw Audience.notFound(country, year);
        }
        if (!who.coordinatorOf(country)) {
            throw Audience.forbidden("Only the coordinator of " + country + " starts a draft from the last cycle.");
        }
        Instant now = Instant.now();
        StoredSubmission submission = drafts.locked(country, year, now);
        if (drafts.draft(submission).version() != 0) {
            throw Transitions.conflict("submission/not-empty", "The draft for " + year + " has answers already: a carry-over"
                    + " starts an empty draft and never replaces answers.");
        }
        Reading.Earlier earlier = reading.earlier(who, country, year).orElseThrow(() -> Transitions.conflict(
                "submission/nothing-to-carry", country + " has no submitted report for a year before " + year + " to start from."));
        Upgrades.Upgraded upgraded = Upgrades.stored(earlier.version().submissionJson(), earlier.version().packVersion(), pack);
        List<NotCarried> left = new ArrayList<>();
        upgraded.lost().forEach(lost -> left.add(new NotCarried(lost.item(), lost.reason())));
        Map<String, JsonNode> items = readable(new LinkedHashMap<>(upgraded.items()), country, year, left);
        if (items.isEmpty()) {
            throw Transitions.conflict("submission/nothing-to-carry", "No answer of " + earlier.year() + " reads under the"
                    + " questionnaire of " + pack.manifest().version() + ".");
        }
        List<AnswerChange> log = new ArrayList<>();
        items.forEach((item, value) -> log.add(AnswerChange.of(submission.id(), who.accountId(), now, item, null, value.toString())));
        long through = changes.saveAll(log).get(log.size() - 1).id();
        carryOvers.save(new CarryOver(null, submission.id(), earlier.year(), earlier.version().versionNumber(), through,
                who.accountId(), now));
        audit.append(who.accountId(), "submission.carried_over", "submission:" + country + "/" + year, "from " + earlier.year()
                + " version " + earlier.version().versionNumber() + ": " + items.size() + " item(s)" + (left.isEmpty() ? ""
                : "; not carried: " + String.join(" ", left.stream().map(NotCarried::item).limit(20).toList())));
        return new Carried(earlier.year(), earlier.version().versionNumber(), items.size(), List.copyOf(left), through);
    }

    /**
     * {@code items} without those the active questionnaire's reader refuses for {@code year} (a choice
     * no longer offered, a figure outside a new range), each listed in {@code left} with the reader's reason.
     */
    private Map<String, JsonNode> readable(Map<String, JsonNode> items, String country, int year, List<NotCarried> left) {
        // Each round drops the items errors point at, so the rounds end; an error at no item (one still to answer) stays.
        while (true) {
            try {
                reader.read(Json.compact(DraftItems.document(country, year, items)));
                return items;
            } catch (InvalidSubmissionException e) {
                boolean dropped = false;
                for (SubmissionError error : e.errors()) {
                    Optional<String> item = items.keySet().stream()
                            .filter(i -> error.path().equals(i) || error.path().startsWith(i + "/")).findFirst();
                    if (item.isPresent()) {
                        items.remove(item.get());
                        left.add(new NotCarried(item.get(), error.message()));
                        dropped = true;
                    }
                }
                if (!dropped) {
                    return items;
                }
            }
        }
    }
}
