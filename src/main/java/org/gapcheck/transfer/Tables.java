package org.gapcheck.transfer;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountIdentity;
import org.gapcheck.storage.AccountIdentityRepository;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AnswerChange;
import org.gapcheck.storage.AnswerChangeRepository;
import org.gapcheck.storage.ApiToken;
import org.gapcheck.storage.ApiTokenRepository;
import org.gapcheck.storage.AssignmentRepository;
import org.gapcheck.storage.AuditEntry;
import org.gapcheck.storage.AuditRepository;
import org.gapcheck.storage.CarryOver;
import org.gapcheck.storage.CarryOverRepository;
import org.gapcheck.storage.LoginSessionRepository;
import org.gapcheck.storage.OneTimeLink;
import org.gapcheck.storage.OneTimeLinkRepository;
import org.gapcheck.storage.PendingLoginRepository;
import org.gapcheck.storage.RateEventRepository;
import org.gapcheck.storage.SectionAssignment;
import org.gapcheck.storage.StoredSubmission;
import org.gapcheck.storage.SubmissionRepository;
import org.gapcheck.storage.SubmissionVersion;
import org.gapcheck.storage.VersionRepository;

/**
 * The tables carried, in the order export writes them and import needs them: each one's foreign
 * keys point only to tables before it (and accounts' created_by to accounts of smaller id).
 */
@Singleton
@Requires(beans = DataSource.class)
final class Tables {

    static final String AUDIT_LOG = "audit_log";
    private static final int PAGE = 500;
    /** A version carries its submission and its gap report, up to a few megabytes together. */
    private static final int VERSIONS_PAGE = 8;

    private final List<Table<?>> all;
    private final LoginSessionRepository sessions;
    private final RateEventRepository rateEvents;
    private final PendingLoginRepository pendingLogins;

    Tables(AccountRepository accounts, AccountIdentityRepository identities, ApiTokenRepository tokens, OneTimeLinkRepository links,
           SubmissionRepository submissions, AnswerChangeRepository changes, VersionRepository versions, AssignmentRepository assignments,
           CarryOverRepository carryOvers, AuditRepository audit, LoginSessionRepository sessions, RateEventRepository rateEvents,
           PendingLoginRepository pendingLogins) {
        this.sessions = sessions;
        this.rateEvents = rateEvents;
        this.pendingLogins = pendingLogins;
        this.all = List.of(
                new Table<>("accounts", Account.class, PAGE, Account::id, accounts::findByIdGreaterThan, accounts::insertKeepingId,
                        accounts::count),
                new Table<>("account_identities", AccountIdentity.class, PAGE, AccountIdentity::id, identities::findByIdGreaterThan,
                        identities::insertKeepingId, identities::count),
                new Table<>("api_tokens", ApiToken.class, PAGE, ApiToken::id, tokens::findByIdGreaterThan, tokens::insertKeepingId,
                        tokens::count),
                new Table<>("one_time_links", OneTimeLink.class, PAGE, OneTimeLink::id, links::findByIdGreaterThan,
                        links::insertKeepingId, links::count),
                new Table<>("submissions", StoredSubmission.class, PAGE, StoredSubmission::id, submissions::findByIdGreaterThan,
                        submissions::insertKeepingId, submissions::count),
                new Table<>("answer_changes", AnswerChange.class, PAGE, AnswerChange::id, changes::findByIdGreaterThan,
                        changes::insertKeepingId, changes::count),
                new Table<>("submission_versions", SubmissionVersion.class, VERSIONS_PAGE, SubmissionVersion::id,
                        versions::findByIdGreaterThan, versions::insertKeepingId, versions::count),
                new Table<>("section_assignments", SectionAssignment.class, PAGE, SectionAssignment::id,
                        assignments::findByIdGreaterThan, assignments::insertKeepingId, assignments::count),
                new Table<>("carry_overs", CarryOver.class, PAGE, CarryOver::id, carryOvers::findByIdGreaterThan,
                        carryOvers::insertKeepingId, carryOvers::count),
                new Table<>(AUDIT_LOG, AuditEntry.class, PAGE, AuditEntry::id, audit::findByIdGreaterThan, audit::insertKeepingId,
                        audit::count));
    }

    /** The tables carried, in order. */
    List<Table<?>> all() {
        return all;
    }

    Optional<Table<?>> named(String name) {
        return all.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The rows of every table, the transient ones (sessions, rate events, pending logins) too; an import needs all zero. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        all.forEach(t -> counts.put(t.name(), t.count().getAsLong()));
        counts.put("sessions", sessions.count());
        counts.put("rate_events", rateEvents.count());
        counts.put("pending_logins", pendingLogins.count());
        return counts;
    }
}
