package org.gapcheck.workflow;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.gapcheck.core.RulePack;
import org.gapcheck.http.Refusal;
import org.gapcheck.questionnaire.Section;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AssignmentRepository;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.storage.SectionAssignment;

/**
 * Which sections of the questionnaire each contributor of a country answers: the delegation reads
 * them, the coordinator sets them (each change in the audit log); for the API and the pages alike.
 */
@Singleton
@Requires(beans = DataSource.class)
public class Assignments {

    private final AccountRepository accounts;
    private final AssignmentRepository assignments;
    private final AuditLog audit;
    private final Set<String> sections;
    private final org.gapcheck.questionnaire.Questionnaire questionnaire;

    Assignments(AccountRepository accounts, AssignmentRepository assignments, AuditLog audit, RulePack pack) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.audit = audit;
        this.questionnaire = pack.questionnaire();
        this.sections = java.util.Collections.unmodifiableSortedSet(pack.questionnaire().sections().stream().map(Section::id)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** A contributor, whether its account is active, and its sections. */
    public record Assignment(String login, boolean active, List<String> sections) {
    }

    /**
     * Every contributor of {@code iso3} with its sections.
     *
     * @throws Refusal 404 {@code not-found/country} for anyone not of its delegation
     */
    public List<Assignment> list(@Nullable Authentication authentication, String iso3) {
        String country = delegation(iso3, Audience.of(authentication));
        return accounts.findByCountryOrderByLogin(country).stream().filter(a -> a.role() == Account.Role.CONTRIBUTOR)
                .map(a -> new Assignment(a.login(), a.active(), sectionsOf(a.id()))).toList();
    }

    /** The sections {@code who} answers in {@code country}: all for its coordinator, the assigned ones for a contributor, else none. */
    Set<String> answeredBy(Audience who, String country) {
        if (who.coordinatorOf(country)) {
            return sections;
        }
        return who.delegationOf(country) ? Set.copyOf(sectionsOf(who.accountId())) : Set.of();
    }

    /** Section id to the logins of {@code country}'s active contributors who answer it. */
    Map<String, List<String>> bySection(String country) {
        Map<String, List<String>> out = new HashMap<>();
        for (Account account : accounts.findByCountryOrderByLogin(country)) {
            if (account.role() == Account.Role.CONTRIBUTOR && account.active()) {
                sectionsOf(account.id()).forEach(s -> out.computeIfAbsent(s, k -> new ArrayList<>()).add(account.login()));
            }
        }
        return out;
    }

    /** The sections the contributor {@code accountId} answers. */
    public List<String> sectionsOf(long accountId) {
        return assignments.findByAccountIdOrderBySection(accountId).stream().map(SectionAssignment::section).toList();
    }

    /**
     * Gives a contributor of {@code iso3} its sections, replacing what it had.
     *
     * @throws Refusal 404 (not of the delegation, or no such contributor), 403 (not the coordinator), 400 (no such section)
     */
    @Transactional
    public Assignment assign(Authentication authentication, String iso3, String login, @Nullable List<String> given) {
        Audience who = Audience.of(authentication);
        String country = delegation(iso3, who);
        if (!who.coordinatorOf(country)) {
            throw Audience.forbidden("Only the coordinator of " + country + " assigns sections.");
        }
        Account contributor = accounts.findByLogin(login.toLowerCase(Locale.ROOT))
                .filter(a -> a.role() == Account.Role.CONTRIBUTOR && country.equals(a.country()))
                .orElseThrow(() -> Refusal.of(404, "not-found/contributor", "Not found", "no contributor '"
                        + org.gapcheck.text.Printable.of(login) + "' of " + country));
        List<String> chosen = given == null ? List.of() : given;
        for (String section : chosen) {
            if (!sections.contains(section)) {
                throw Refusal.invalid("submission/invalid-assignment", "Invalid assignment", "sections", "unknown_section", "'"
                        + org.gapcheck.text.Printable.of(String.valueOf(section)) + "' is not a section; the sections are " + sections);
            }
        }
        assignments.deleteByAccountId(contributor.id());
        Instant now = Instant.now();
        TreeSet<String> kept = new TreeSet<>(chosen);
        for (String section : kept) {
            assignments.save(new SectionAssignment(null, contributor.id(), section, who.accountId(), now));
        }
        audit.append(who.accountId(), "sections.assigned", "account:" + contributor.id(), String.join(" ", kept));
        return new Assignment(contributor.login(), contributor.active(), List.copyOf(kept));
    }

    private static String delegation(String iso3, Audience who) {
        String country = iso3.toUpperCase(Locale.ROOT);
        if (!who.delegationOf(country)) {
            throw Refusal.of(404, "not-found/country", "Not found", "no delegation of " + org.gapcheck.text.Printable.of(iso3)
                    + " that you belong to");
        }
        return country;
    }

    /**
     * A contributor changes only answers of the sections assigned to it.
     *
     * @throws Refusal 403 naming the items outside them
     */
    void refuseUnassigned(Audience who, List<String> items) {
        Set<String> mine = assignments.findByAccountIdOrderBySection(who.accountId()).stream()
                .map(SectionAssignment::section).collect(Collectors.toSet());
        List<String> refused = items.stream().filter(item -> {
            String code = DraftItems.answerCode(item);
            return code == null || questionnaire.item(code).map(org.gapcheck.questionnaire.Item::section).filter(mine::contains).isEmpty();
        }).distinct().toList();
        if (!refused.isEmpty()) {
            throw Audience.forbidden("A contributor changes only the answers of its assigned sections (" + (mine.isEmpty() ? "none"
                    : String.join(", ", new TreeSet<>(mine))) + "); not " + String.join(", ", refused) + ".");
        }
    }
}
