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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.sql.DataSource;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.http.Problem;
import org.gapcheck.http.ProblemAnswers;

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

    private final Assignments assignments;

    AssignmentController(Assignments assignments) {
        this.assignments = assignments;
    }

    /** A contributor and its sections. */
    record Assignment(String login, List<String> sections) {

        static Assignment of(Assignments.Assignment a) {
            return new Assignment(a.login(), a.sections());
        }
    }

    /** The sections to give a contributor (replacing what it had). */
    record Sections(@Nullable List<String> sections) {
    }

    @Operation(summary = "Who answers which sections", description = "Every contributor of the country with its sections.")
    @ApiResponse(responseCode = "404", description = "`not-found/country`: the caller is not of this country's delegation.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Get
    List<Assignment> list(@PathVariable String iso3, Authentication authentication) {
        return assignments.list(authentication, iso3).stream().map(Assignment::of).toList();
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
    Assignment assign(@PathVariable String iso3, @PathVariable String login, @Body Sections body, Authentication authentication) {
        return Assignment.of(assignments.assign(authentication, iso3, login, body.sections()));
    }
}
