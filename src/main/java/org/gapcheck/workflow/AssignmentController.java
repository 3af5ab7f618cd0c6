package org.gapcheck.workflow;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.core.RulePack;
import org.gapcheck.http.Problem;
import org.gapcheck.http.ProblemAnswers;
import org.gapcheck.http.Refusal;
import org.gapcheck.questionnaire.Section;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AssignmentRepository;
import org.gapcheck.storage.AuditLog;
import org.gapcheck.storage.SectionAssignment;

/**
 * {@code /api/countries/{iso3}/assignments}: which sections of the questionnaire each contributor
 * of the country answers. The delegation reads them; the coordinator sets them.
 */
@Controller("/api/countries/{iso3}/assignments")
@Tag(name = "submissions")
@ProblemAnswers.AnyRoute
@ProblemAnswers.Authenticated
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AssignmentController {

    private final AccountRepository accounts;
    private final AssignmentRepository assignments;
    private final AuditLog audit;
    private final Set<String> sections;

    AssignmentController(AccountRepository accounts, AssignmentRepository assignments, AuditLog audit, RulePack pack) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.audit = audit;
        this.sections = pack.questionnaire().sections().stream().map(Section::id).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A contributor and its sections. */
    record Assignment(String login, List<String> sections) {
    }

    /** The sections to give a contributor (replacing what it had). */
    record Sections(@Nullable List<String> sections) {
    }

    @Operation(summary = "Who answers which sections", description = "Every contributor of the country with its sections.")
    @ApiResponse(responseCode = "404", description = "`not-found/country`: the caller is not of this country's delegation.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Get
    List<Assignment> list(@PathVariable String iso3, Authentication authentication) {
        String country = delegation(iso3, Audience.of(authentication));
        return accounts.findByCountryOrderByLogin(country).stream().filter(a -> a.role() == Account.Role.CONTRIBUTOR)
                .map(a -> new Assignment(a.login(), assignments.findByAccountIdOrderBySection(a.id()).stream()
                        .map(SectionAssignment::section).toList()))
                .toList();
    }

    @Operation(summary = "Give a contributor its sections", description = "The coordinator sets the sections (ids of the"
            + " questionnaire's sections, e.g. `HR`) that the contributor answers, replacing what it had.")
    @ApiResponse(responseCode = "400", description = "`submission/invalid-assignment`: a section that the questionnaire lacks.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "`not-found/country` or `not-found/contributor`.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemAnswers.WithBody
    @Put("/{login}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    Assignment assign(@PathVariable String iso3, @PathVariable String login, @Body Sections body, Authentication authentication) {
        Audience who = Audience.of(authentication);
        String country = delegation(iso3, who);
        if (!who.coordinatorOf(country)) {
            throw Audience.forbidden("Only the coordinator of " + country + " assigns sections.");
        }
        Account contributor = accounts.findByLogin(login.toLowerCase(Locale.ROOT))
                .filter(a -> a.role() == Account.Role.CONTRIBUTOR && country.equals(a.country()))
                .orElseThrow(() -> Refusal.of(404, "not-found/contributor", "Not found", "no contributor '"
                        + org.gapcheck.text.Printable.of(login) + "' of " + country));
        List<String> given = body.sections() == null ? List.of() : body.sections();
        for (String section : given) {
            if (!sections.contains(section)) {
                throw Refusal.invalid("submission/invalid-assignment", "Invalid assignment", "sections", "unknown_section", "'"
                        + org.gapcheck.text.Printable.of(String.valueOf(section)) + "' is not a section; the sections are " + sections);
            }
        }
        assignments.deleteByAccountId(contributor.id());
        Instant now = Instant.now();
        for (String section : new TreeSet<>(given)) {
            assignments.save(new SectionAssignment(null, contributor.id(), section, who.accountId(), now));
        }
        audit.append(who.accountId(), "sections.assigned", "account:" + contributor.id(), String.join(" ", new TreeSet<>(given)));
        return new Assignment(contributor.login(), List.copyOf(new TreeSet<>(given)));
    }

    private static String delegation(String iso3, Audience who) {
        String country = iso3.toUpperCase(Locale.ROOT);
        if (!who.delegationOf(country)) {
            throw Refusal.of(404, "not-found/country", "Not found", "no delegation of " + org.gapcheck.text.Printable.of(iso3)
                    + " that you belong to");
        }
        return country;
    }
}
