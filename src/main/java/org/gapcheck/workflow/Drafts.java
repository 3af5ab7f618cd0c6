package org.gapcheck.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import org.gapcheck.pack.SemanticVersion;
import org.gapcheck.storage.AnswerChange;
import org.gapcheck.storage.AnswerChangeRepository;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.storage.CarryOver;
import org.gapcheck.storage.CarryOverRepository;
import org.gapcheck.storage.StoredSubmission;
import org.gapcheck.storage.SubmissionRepository;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.SubmissionError;
import org.gapcheck.submission.SubmissionReader;

/**
 * Drafts: a submission's items are the fold of its change log, and a save appends the items it
 * changes, so storage grows with changes, not saves. A draft may be incomplete, never ill-typed:
 * each save is read with the rest of the draft by the same reader as a posted submission, and
 * refused with the errors at the items it sets. A save takes the submission's row lock, so saves
 * and state changes of one submission take turns.
 */
@Singleton
@Requires(beans = DataSource.class)
public class Drafts {

    private final SubmissionRepository submissions;
    private final AnswerChangeRepository changes;
    private final Assignments assignments;
    private final CarryOverRepository carryOvers;
    private final AuditLog audit;
    private final RulePack pack;
    private final SubmissionReader reader;
    /**
     * Each submission's change log as last folded here, the least recently read dropped first: 64
     * drafts (a whole one is about 140 KB of items) for delegations at work at once; others fold again.
     */
    private final Map<Long, Folded> folded = java.util.Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Folded> eldest) {
            return size() > 64;
        }
    });

    Drafts(SubmissionRepository submissions, AnswerChangeRepository changes, Assignments assignments, CarryOverRepository carryOvers,
           AuditLog audit, RulePack pack) {
        this.submissions = submissions;
        this.changes = changes;
        this.assignments = assignments;
        this.carryOvers = carryOvers;
        this.audit = audit;
        this.pack = pack;
        this.reader = pack.reader();
    }

    /**
     * A submission's items now, read under the active questionnaire, the id of the last change of
     * each, and the id of its last change of all (0 for none): the draft's version; and what reading
     * it under the active questionnaire changed ({@link Upgrades}), kept by the next save or submit;
     * and where the draft started from the last cycle, that carry-over.
     */
    record Draft(StoredSubmission submission, Map<String, JsonNode> items, Map<String, Long> changedAt, long version,
                 Upgrades.Upgraded upgrade, @io.micronaut.core.annotation.Nullable CarryOver carryOver) {

        /** The items still as carried over from the last cycle: neither confirmed nor changed since. */
        Set<String> carried() {
            if (carryOver == null) {
                return Set.of();
            }
            Set<String> carried = new java.util.LinkedHashSet<>();
            items.keySet().forEach(item -> {
                Long at = changedAt.get(item);
                if (at != null && at <= carryOver.throughChangeId()) {
                    carried.add(item);
                }
            });
            return carried;
        }
    }

    /** What a save did: the items it changed, the carried-over ones it confirmed as they stood, and the draft's version after it. */
    record Saved(List<String> changed, List<String> confirmed, long version) {
    }

    Draft draft(StoredSubmission submission) {
        Upgrades.readable(submission.formatVersion(), "The submission of " + submission.country() + " for " + submission.reportingYear());
        Folded log = fold(submission.id());
        Map<String, Long> changedAt = new LinkedHashMap<>(log.changedAt());
        Upgrades.Upgraded upgrade = Upgrades.items(new LinkedHashMap<>(log.items()), submission.questionnaireVersion(),
                pack.questionnaire(), pack.manifest().version());
        for (Upgrades.Moved moved : upgrade.moved()) {
            changedAt.put(moved.to(), changedAt.remove(moved.from()));
        }
        upgrade.lost().forEach(lost -> changedAt.remove(lost.item()));
        return new Draft(submission, upgrade.items(), changedAt, log.last(), upgrade,
                log.last() == 0 ? null : carryOvers.findBySubmissionId(submission.id()).orElse(null));
    }

    /** A submission's change log folded up to its change {@code last}: each item's value and the id of its last change. */
    private record Folded(long last, Map<String, JsonNode> items, Map<String, Long> changedAt) {

        static final Folded NONE = new Folded(0, Map.of(), Map.of());

        Folded then(List<AnswerChange> newer) {
            Map<String, JsonNode> items = new LinkedHashMap<>(this.items);
            Map<String, Long> changedAt = new LinkedHashMap<>(this.changedAt);
            long at = last;
            for (AnswerChange change : newer) {
                if (change.afterJson() == null) {
                    items.remove(change.item());
                } else {
                    items.put(change.item(), parse(change.afterJson()));
                }
                changedAt.put(change.item(), change.id());
                at = change.id();
            }
            return new Folded(at, items, changedAt);
        }
    }

    /**
     * The change log folded, from where this process last folded it: the log is only appended to, a
     * submission's changes are written under its row lock (so in the order of their ids), and the
     * query reads from the last change folded, so a change another process saved is read and one
     * rolled back (its row never committed) is noticed and the log folded again from the start.
     */
    private Folded fold(long submissionId) {
        Folded known = folded.get(submissionId);
        Folded now;
        if (known != null) {
            List<AnswerChange> from = changes.findBySubmissionIdAndIdGreaterThanOrderById(submissionId, known.last() - 1);
            if (!from.isEmpty() && from.get(0).id() == known.last()) {
                if (from.size() == 1) {
                    return known;
                }
                now = known.then(from.subList(1, from.size()));
                folded.put(submissionId, now);
                return now;
            }
        }
        now = Folded.NONE.then(changes.findBySubmissionIdOrderById(submissionId));
        if (now.last() > 0) {
            folded.put(submissionId, now);
        }
        return now;
    }

    /**
     * Keeps what reading the draft under the active questionnaire changed: the moves and losses go
     * into the change log, made by {@code who} (the save or submit that read it so), and the
     * submission is stored under the active pack's questionnaire from then on. A draft stored under
     * a later questionnaire than the active one (a pack rolled back) is read and kept as it is.
     *
     * @return the submission as now stored, and the draft's version after it
     */
    Kept keepUpgrade(Audience who, Draft draft, Instant now) {
        StoredSubmission submission = draft.submission();
        Upgrades.Upgraded upgrade = draft.upgrade();
        boolean older = SemanticVersion.parse(submission.questionnaireVersion())
                .flatMap(stored -> SemanticVersion.parse(upgrade.to()).map(active -> stored.compareTo(active) < 0)).orElse(false);
        if (!older) {
            return new Kept(submission, draft.version());
        }
        List<AnswerChange> log = new ArrayList<>();
        for (Upgrades.Moved moved : upgrade.moved()) {
            String value = draft.items().get(moved.to()).toString();
            log.add(AnswerChange.of(submission.id(), who.accountId(), now, moved.from(), value, null));
            log.add(AnswerChange.of(submission.id(), who.accountId(), now, moved.to(), null, value));
        }
        upgrade.lost().forEach(lost -> log.add(AnswerChange.of(submission.id(), who.accountId(), now, lost.item(),
                lost.value().toString(), null)));
        long version = log.isEmpty() ? draft.version() : changes.saveAll(log).get(log.size() - 1).id();
        audit.append(who.accountId(), "submission.upgraded", "submission:" + submission.country() + "/" + submission.reportingYear(),
                "questionnaire " + upgrade.from() + " -> " + upgrade.to() + ": " + upgrade.moved().size() + " renamed, "
                        + upgrade.lost().size() + " lost" + (upgrade.lost().isEmpty() ? "" : " (" + String.join(" ",
                        upgrade.lost().stream().map(Upgrades.Lost::item).toList()) + ")"));
        return new Kept(submissions.update(submission.withQuestionnaireVersion(upgrade.to(), now)), version);
    }

    /** A submission as stored after {@link #keepUpgrade}, and its draft's version. */
    record Kept(StoredSubmission submission, long version) {
    }

    /**
     * Applies a merge patch of the submission to the draft of {@code country} for {@code year},
     * creating the draft if there is none. With {@code base}, the draft version the saver read,
     * an item the patch changes that someone changed after {@code base} is a conflict (412, naming
     * both values); items changed by others elsewhere in the draft are no conflict. With
     * {@code confirm}, an item the patch names that is still as carried over from the last cycle, and
     * that the patch leaves as it is, is confirmed: a change whose value before and after are the same.
     *
     * @throws InvalidSubmissionException with the errors at the items the patch sets
     */
    @Transactional
    public Saved save(Audience who, String country, int year, JsonNode patch, Long base, boolean confirm) {
        Map<String, JsonNode> patched = DraftItems.patch(patch, country, year);
        Instant now = Instant.now();
        StoredSubmission submission = locked(country, year, now);
        Draft draft = draft(submission);
        Map<String, JsonNode> next = new LinkedHashMap<>(draft.items());
        List<AnswerChange> log = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : patched.entrySet()) {
            JsonNode before = draft.items().get(entry.getKey());
            // Compared as it would be stored and read back: a form's 540 (a long) is the stored 540 (an int).
            JsonNode after = entry.getValue().isNull() ? null : parse(entry.getValue().toString());
            if (!Objects.equals(before, after)) {
                if (after == null) {
                    next.remove(entry.getKey());
                } else {
                    next.put(entry.getKey(), after);
                }
                log.add(AnswerChange.of(submission.id(), who.accountId(), now, entry.getKey(),
                        before == null ? null : before.toString(), after == null ? null : after.toString()));
            }
        }
        List<String> changed = log.stream().map(AnswerChange::item).toList();
        if (base != null) {
            Conflicts.refuse(changed, draft, patched, base);
        }
        refuseErrorsAt(changed, next, country, year);
        List<String> confirmed = confirm ? draft.carried().stream().filter(patched::containsKey).filter(i -> !changed.contains(i))
                .toList() : List.of();
        confirmed.forEach(item -> {
            String value = draft.items().get(item).toString();
            log.add(AnswerChange.of(submission.id(), who.accountId(), now, item, value, value));
        });
        if (!who.coordinatorOf(country)) {
            assignments.refuseUnassigned(who, log.stream().map(AnswerChange::item).toList());
        }
        Kept kept = keepUpgrade(who, draft, now);
        if (log.isEmpty()) {
            return new Saved(changed, confirmed, kept.version());
        }
        List<AnswerChange> saved = changes.saveAll(log);
        audit.append(who.accountId(), "submission.saved", "submission:" + country + "/" + year, changed.size() + " item(s): "
                + String.join(" ", changed.subList(0, Math.min(20, changed.size())))
                + (confirmed.isEmpty() ? "" : "; " + confirmed.size() + " carried over confirmed"));
        return new Saved(changed, confirmed, saved.get(saved.size() - 1).id());
    }

    /**
     * The submission of {@code country} for {@code year} under its row lock, made a draft if there is
     * none, for a change of its answers.
     *
     * @throws org.gapcheck.http.Refusal 409 where it is stored in a format this Gapcheck does not read, or not editable
     */
    StoredSubmission locked(String country, int year, Instant now) {
        // The audit chain's lock first, as every writer takes it (the change's audit entry needs it): one
        // order of locks, no deadlock; and writers racing to make the draft take turns, so the second
        // finds the first's draft instead of a refused insert that PostgreSQL could not retry.
        audit.lockChain();
        StoredSubmission submission = submissions.findByCountryAndReportingYearForUpdate(country, year).orElseGet(() ->
                submissions.save(StoredSubmission.draft(country, year, Upgrades.FORMAT_VERSION, pack.manifest().version(), now)));
        Upgrades.readable(submission.formatVersion(), "The submission of " + country + " for " + year);
        if (!submission.editable()) {
            throw Transitions.conflict("submission/not-editable", "The submission is " + submission.state().name().toLowerCase()
                    + ": its answers change again only if the secretariat returns it.");
        }
        return submission;
    }

    private void refuseErrorsAt(List<String> changed, Map<String, JsonNode> items, String country, int year) {
        try {
            reader.read(Json.compact(DraftItems.document(country, year, items)));
        } catch (InvalidSubmissionException e) {
            List<SubmissionError> mine = e.errors().stream()
                    .filter(error -> changed.stream().anyMatch(item -> error.path().equals(item) || error.path().startsWith(item + "/")))
                    .toList();
            if (!mine.isEmpty()) {
                throw new InvalidSubmissionException(mine);
            }
        }
    }

    static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer is not JSON", e);
        }
    }
}
