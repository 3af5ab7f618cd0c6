package org.gapcheck.workflow;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.gapcheck.core.RulePack;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.http.Refusal;
import org.gapcheck.json.Json;
import org.gapcheck.report.LeanReport;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.storage.StoredSubmission;
import org.gapcheck.storage.StoredSubmission.State;
import org.gapcheck.storage.SubmissionRepository;
import org.gapcheck.storage.SubmissionVersion;
import org.gapcheck.storage.VersionRepository;
import org.gapcheck.text.Sha256;

/**
 * The state changes of a submission: the coordinator certifies and submits (the version is
 * materialised with its SHA-256 and its gap report under the active pack), the secretariat
 * acknowledges or returns it with comments, the coordinator publishes a version or withdraws it.
 * Each takes the submission's row lock and is written to the audit log.
 */
@Singleton
@Requires(beans = DataSource.class)
public class Transitions {

    private final SubmissionRepository submissions;
    private final VersionRepository versions;
    private final AccountRepository accounts;
    private final Drafts drafts;
    private final AuditLog audit;
    private final RulePack pack;
    private final EvaluationService evaluations;

    Transitions(SubmissionRepository submissions, VersionRepository versions, AccountRepository accounts, Drafts drafts, AuditLog audit,
                RulePack pack) {
        this.submissions = submissions;
        this.versions = versions;
        this.accounts = accounts;
        this.drafts = drafts;
        this.audit = audit;
        this.pack = pack;
        this.evaluations = new EvaluationService(pack, Clock.systemUTC());
    }

    static Refusal conflict(String type, String detail) {
        return Refusal.of(409, type, "Conflict", detail);
    }

    /**
     * Submits the draft as it stood at {@code draftVersion}.
     *
     * @throws org.gapcheck.submission.InvalidSubmissionException listing what is missing or wrong
     */
    @Transactional
    public SubmissionVersion submit(Audience who, String country, int year, boolean certified, long draftVersion) {
        StoredSubmission submission = locked(country, year);
        if (!submission.editable()) {
            throw conflict("submission/not-editable", "The submission is " + submission.state().name().toLowerCase() + " already.");
        }
        Drafts.Draft draft = drafts.draft(submission);
        if (draft.version() != draftVersion) {
            throw Refusal.of(412, "submission/stale", "Draft changed", "The draft is at version " + draft.version() + ", not "
                    + draftVersion + ": someone saved since you read it. Read it again, check it and submit that version.");
        }
        if (!certified) {
            throw Refusal.invalid("submission/not-certified", "Not certified", "certify", "required", "Submitting speaks for the State:"
                    + " the coordinator certifies the submission with \"certify\": true.");
        }
        byte[] json = Json.compact(DraftItems.document(country, year, draft.items()));
        LeanReport report = LeanReport.of(evaluations.evaluate(json, null, false), false);
        Instant now = Instant.now();
        Drafts.Kept kept = drafts.keepUpgrade(who, draft, now);
        submission = kept.submission();
        Account coordinator = accounts.findById(who.accountId()).orElseThrow();
        String certification = "Certified by " + coordinator.login() + ", coordinator for " + country + " (nomination "
                + coordinator.nominationReference() + "), on " + now + ": this submission states the measures of " + country
                + " for " + year + ".";
        int number = versions.findFirstBySubmissionIdOrderByVersionNumberDesc(submission.id())
                .map(v -> v.versionNumber() + 1).orElse(1);
        String text = new String(json, StandardCharsets.UTF_8);
        SubmissionVersion version = versions.save(SubmissionVersion.submitted(submission.id(), number,
                kept.version() == 0 ? null : kept.version(), who.accountId(), now, text, Sha256.hex(json),
                pack.manifest().version(), new String(Json.compact(report), StandardCharsets.UTF_8), certification));
        submissions.update(submission.withState(State.SUBMITTED, now));
        audit.append(who.accountId(), "submission.submitted", subject(country, year), "version " + number + " sha256 " + version.submissionSha256());
        return version;
    }

    /** The secretariat acknowledges the submitted version: its receipt. */
    @Transactional
    public SubmissionVersion acknowledge(Audience who, String country, int year) {
        StoredSubmission submission = underReview(country, year);
        SubmissionVersion latest = versions.findFirstBySubmissionIdOrderByVersionNumberDesc(submission.id()).orElseThrow();
        Instant now = Instant.now();
        versions.updateAcknowledgedAtAndAcknowledgedBy(latest.id(), now, who.accountId());
        submissions.update(submission.withState(State.ACKNOWLEDGED, now));
        audit.append(who.accountId(), "submission.acknowledged", subject(country, year), "version " + latest.versionNumber());
        return versions.findById(latest.id()).orElseThrow();
    }

    /** The secretariat returns the submitted version with comments the delegation sees. */
    @Transactional
    public void giveBack(Audience who, String country, int year, String comments) {
        String text = comments == null ? "" : comments.strip();
        if (text.isEmpty() || text.length() > 5000) {
            throw Refusal.invalid("submission/invalid-return", "Invalid return", "comments", text.isEmpty() ? "required" : "too_long",
                    "A return says what to change: 1 to 5,000 characters of comments.");
        }
        StoredSubmission submission = underReview(country, year);
        submissions.update(submission.returned(text, Instant.now()));
        audit.append(who.accountId(), "submission.returned", subject(country, year), text);
    }

    /** Publishes version {@code number} (or withdraws it, {@code publish} false). */
    @Transactional
    public SubmissionVersion publish(Audience who, String country, int year, int number, boolean publish) {
        StoredSubmission submission = locked(country, year);
        SubmissionVersion version = versions.findBySubmissionIdAndVersionNumber(submission.id(), number)
                .orElseThrow(() -> Refusal.of(404, "not-found/version", "Not found", "no version " + number + " of " + country + " " + year));
        versions.updatePublishedAt(version.id(), publish ? Instant.now() : null);
        audit.append(who.accountId(), publish ? "submission.published" : "submission.withdrawn", subject(country, year), "version " + number);
        return versions.findById(version.id()).orElseThrow();
    }

    private StoredSubmission underReview(String country, int year) {
        StoredSubmission submission = locked(country, year);
        if (submission.state() != State.SUBMITTED) {
            throw conflict("submission/not-under-review", "The submission is " + submission.state().name().toLowerCase()
                    + "; only a submitted one is acknowledged or returned.");
        }
        return submission;
    }

    private StoredSubmission locked(String country, int year) {
        audit.lockChain(); // before the row, in the order every writer takes them (Drafts.save)
        StoredSubmission submission = submissions.findByCountryAndReportingYearForUpdate(country, year)
                .orElseThrow(() -> Audience.notFound(country, year));
        Upgrades.readable(submission.formatVersion(), "The submission of " + country + " for " + year);
        return submission;
    }

    private static String subject(String country, int year) {
        return "submission:" + country + "/" + year;
    }
}
