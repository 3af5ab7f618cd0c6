package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.core.RulePack;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.http.Refusal;
import org.gapcheck.report.Report;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.StoredSubmission;
import org.gapcheck.storage.SubmissionRepository;
import org.gapcheck.storage.SubmissionVersion;

/**
 * The end of a delegation's cycle for its pages: the whole draft to check before submitting, the
 * coordinator's certify-and-submit (the API's {@link Transitions#submit}), and afterwards the
 * submitted versions, each one's gap report beside the previous cycle's and its receipt once
 * acknowledged. Empty for anyone not of the country's delegation, as the API's 404.
 */
@Singleton
@Requires(beans = DataSource.class)
public class Submitting {

    private final SubmissionRepository submissions;
    private final AccountRepository accounts;
    private final Drafts drafts;
    private final Reading reading;
    private final Receipts receipts;
    private final Transitions transitions;
    private final Assignments answering;
    private final RulePack pack;
    private final EvaluationService evaluations;

    Submitting(SubmissionRepository submissions, AccountRepository accounts, Drafts drafts, Reading reading, Receipts receipts,
               Transitions transitions, Assignments answering, RulePack pack) {
        this.submissions = submissions;
        this.accounts = accounts;
        this.drafts = drafts;
        this.reading = reading;
        this.receipts = receipts;
        this.transitions = transitions;
        this.answering = answering;
        this.pack = pack;
        this.evaluations = new EvaluationService(pack, Clock.systemUTC());
    }

    /**
     * The whole draft, as check-your-answers shows it.
     *
     * @param items        each answered item at its JSON Pointer ({@code /region}, {@code /profile/F}, {@code /answers/CODE}...)
     * @param coordinator  whether the caller certifies and submits (a contributor only checks)
     * @param sections     the sections the caller answers and checks (a contributor its own)
     * @param carried      the answers still as carried over from the last cycle, to confirm or change
     */
    public record Check(String country, String countryName, int year, Map<String, JsonNode> items, long draftVersion,
                        boolean editable, @Nullable String state, boolean coordinator, java.util.Set<String> sections,
                        SectionDrafts.Carried carried) {
    }

    public Optional<Check> check(@Nullable Authentication authentication, String country, int year) {
        Audience who = Audience.of(authentication);
        if (!who.delegationOf(country)) {
            return Optional.empty();
        }
        Optional<StoredSubmission> stored = submissions.findByCountryAndReportingYear(country, year);
        Drafts.Draft draft = stored.map(drafts::draft).orElse(null);
        return Optional.of(new Check(country, pack.regions().nameOf(country), year, draft == null ? Map.of() : draft.items(),
                draft == null ? 0 : draft.version(), stored.map(StoredSubmission::editable).orElse(true),
                stored.map(s -> s.state().name().toLowerCase(java.util.Locale.ROOT)).orElse(null), who.coordinatorOf(country),
                answering.answeredBy(who, country), SectionDrafts.Carried.of(draft, item -> true)));
    }

    /**
     * Certifies and submits the draft read at {@code draftVersion}.
     *
     * @return the number of the version stored
     * @throws org.gapcheck.submission.InvalidSubmissionException what is missing or wrong, each at its JSON Pointer
     * @throws Refusal 400 not certified, 403 not the coordinator, 409 not editable, 412 the draft changed since it was read
     */
    public int submit(Authentication authentication, String country, int year, boolean certified, long draftVersion) {
        Audience who = Audience.of(authentication);
        if (!who.coordinatorOf(country)) {
            throw Audience.forbidden("Only the coordinator of " + country + " certifies and submits.");
        }
        if (submissions.findByCountryAndReportingYear(country, year).isEmpty()) {
            throw Transitions.conflict("submission/empty", "Nothing is saved yet: answer the questions first.");
        }
        return transitions.submit(who, country, year, certified, draftVersion).versionNumber();
    }

    /** A submitted version as the delegation's pages list it. */
    public record Version(int number, Instant submittedAt, String submittedBy, String sha256, String packVersion,
                          @Nullable Instant acknowledgedAt, @Nullable Instant publishedAt, @Nullable String certification) {
    }

    /** The submission's state, comments and versions, newest first. */
    public record Submitted(String country, String countryName, int year, String state, @Nullable String returnComments,
                            List<Version> versions) {
    }

    public Optional<Submitted> submitted(@Nullable Authentication authentication, String country, int year) {
        Audience who = Audience.of(authentication);
        if (!who.delegationOf(country)) {
            return Optional.empty();
        }
        return submissions.findByCountryAndReportingYear(country, year).map(s -> new Submitted(country, pack.regions().nameOf(country),
                year, s.state().name().toLowerCase(java.util.Locale.ROOT), s.returnComments(),
                reading.find(who, country, year).versions().stream().sorted(Comparator.comparingInt(SubmissionVersion::versionNumber)
                        .reversed()).map(this::version).toList()));
    }

    private Version version(SubmissionVersion v) {
        return new Version(v.versionNumber(), v.submittedAt(), login(v.submittedBy()), v.submissionSha256(), v.packVersion(),
                v.acknowledgedAt(), v.publishedAt(), v.certification());
    }

    private String login(long accountId) {
        return accounts.findById(accountId).map(Account::login).orElse("account " + accountId);
    }

    /**
     * The gap report of version {@code number}, evaluated again from its stored submission under the
     * active pack, with the movements since the country's latest submitted version of an earlier year.
     *
     * @param previousYear the year compared with, or null where no earlier year was submitted (or it no longer reads)
     */
    public record VersionReport(Report report, @Nullable Integer previousYear, String storedPackVersion) {
    }

    public Optional<VersionReport> report(@Nullable Authentication authentication, String country, int year, int number) {
        Audience who = Audience.of(authentication);
        if (!who.delegationOf(country)) {
            return Optional.empty();
        }
        SubmissionVersion version = reading.stored(who, country, year, number);
        byte[] json = version.submissionJson().getBytes(StandardCharsets.UTF_8);
        Optional<SubmissionVersion> previous = reading.earlier(who, country, year).map(Reading.Earlier::version);
        if (previous.isPresent()) {
            try {
                Report report = evaluations.evaluate(json, previous.get().submissionJson().getBytes(StandardCharsets.UTF_8), true);
                return Optional.of(new VersionReport(report, report.progress() == null ? null : report.progress().previousYear(), version.packVersion()));
            } catch (EvaluationService.InvalidPrevious e) {
                // An earlier year stored under a questionnaire that no longer reads it: the report stands alone.
            }
        }
        return Optional.of(new VersionReport(evaluations.evaluate(json, null, true), null, version.packVersion()));
    }

    /** The receipt of version {@code number}, as the HTML its PDF is laid out from; 404 unless acknowledged. */
    public String receiptHtml(Authentication authentication, String country, int year, int number) {
        Audience who = Audience.of(authentication);
        if (!who.delegationOf(country)) {
            throw Audience.notFound(country, year);
        }
        return ReceiptDocument.html(receipts.facts(country, year, receipts.acknowledged(who, country, year, number)));
    }
}
