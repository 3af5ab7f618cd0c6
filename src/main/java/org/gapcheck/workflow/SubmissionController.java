package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.http.Problem;
import org.gapcheck.http.ProblemAnswers;
import org.gapcheck.http.Refusal;
import org.gapcheck.questionnaire.Years;

/**
 * {@code /api/countries/{iso3}/submissions}: a country's submissions as the caller may see them,
 * and the delegation's saves. What the caller may not see is answered 404.
 */
@Controller("/api/countries/{iso3}/submissions")
@Tag(name = "submissions")
@ProblemAnswers.AnyRoute
@ApiResponse(responseCode = "409", description = "`submission/format-unsupported`: stored by a later Gapcheck in a format this one"
        + " does not read; nothing was read or changed.", content = @Content(mediaType = Problem.CONTENT_TYPE,
        schema = @Schema(implementation = Problem.class)))
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class SubmissionController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final Reading reading;
    private final Drafts drafts;
    private final CarryOvers carryOvers;

    SubmissionController(Reading reading, Drafts drafts, CarryOvers carryOvers) {
        this.reading = reading;
        this.drafts = drafts;
        this.carryOvers = carryOvers;
    }

    /**
     * The country code of the path, upper-cased; anything else has no submissions. A year outside
     * the reportable ones (0: none given) is a wrong parameter.
     */
    static String country(String iso3, int year) {
        if (year != 0 && !Years.reportable(year)) {
            throw Refusal.invalid("http/invalid-parameter", "Invalid path parameter", "year", "year_out_of_range", "a reporting year"
                    + " lies within " + Years.reportableRange() + ", not " + year);
        }
        String code = iso3.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw Audience.notFound(org.gapcheck.text.Printable.of(iso3), year);
        }
        return code;
    }

    @Operation(summary = "List a country's submissions", description = "The delegation sees all of its own; the secretariat those"
            + " with a submitted version; everyone else those with a published version.")
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<Views.SubmissionView> list(@PathVariable String iso3, @Nullable Authentication authentication) {
        return reading.list(Audience.of(authentication), country(iso3, 0));
    }

    @Operation(summary = "One submission", description = "For its delegation, the draft as it stands (`draft`, a submission"
            + " document, read under the active questionnaire) and its `draft_version`, which a submit carries; where the draft"
            + " is stored under an earlier questionnaire, `questionnaire_version` and `upgrade`: the items renamed and the answers"
            + " lost by reading it under the active one, kept by the next save or submit. For others, the versions they may see.")
    @ApiResponse(responseCode = "404", description = "`not-found/submission`: none that the caller may see.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Get("/{year}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Views.SubmissionView one(@PathVariable String iso3, @PathVariable int year, @Nullable Authentication authentication) {
        return reading.one(Audience.of(authentication), country(iso3, year), year);
    }

    @Operation(summary = "Save answers", description = "A JSON Merge Patch (RFC 7396) of the submission: the items it sets are"
            + " saved, `null` clears one; the draft is created by the first save. Each item is checked as a posted submission is;"
            + " the draft may stay incomplete. A contributor saves only answers of its assigned sections. With `base` (the"
            + " `draft_version` read), items changed by someone else since are refused (412); other items merge. With"
            + " `confirm=true`, the items the patch names that are still as carried over from the last cycle, and that it leaves"
            + " as they are, are confirmed (`confirmed`).")
    @ApiResponse(responseCode = "400", description = "`submission/invalid`: errors at the items the save sets, each at its JSON"
            + " Pointer.", content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "`submission/forbidden`: the caller sees the submission but may not change"
            + " it, or these items.", content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "`not-found/submission`: none that the caller may see.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "`submission/not-editable`: submitted or acknowledged;"
            + " `submission/format-unsupported`: stored in a format this Gapcheck does not read.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "`submission/conflict`: an item this save changes was changed by someone"
            + " else after `base`; each error names it, the value now stored and yours. Nothing was saved.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemAnswers.Authenticated
    @ProblemAnswers.WithBody
    @Patch("/{year}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Views.SaveView save(@PathVariable String iso3, @PathVariable int year, @Body JsonNode patch,
                        @Parameter(description = "The draft version the saver read (`draft_version`): an item changed by"
                                + " someone else since is a conflict (412)") @Nullable @QueryValue Long base,
                        @Parameter(description = "Confirm the carried-over answers this patch names as they stand")
                        @Nullable @QueryValue Boolean confirm, Authentication authentication) {
        String country = country(iso3, year);
        Audience who = Audience.of(authentication);
        if (!who.delegationOf(country)) {
            reading.find(who, country, year); // 404 where the caller sees nothing of it
            throw Audience.forbidden("Only the delegation of " + country + " changes its answers.");
        }
        Drafts.Saved saved = drafts.save(who, country, year, patch, base, Boolean.TRUE.equals(confirm));
        return new Views.SaveView(saved.changed(), saved.confirmed(), saved.version());
    }

    @Operation(summary = "Start the draft from the last cycle", description = "The coordinator fills the empty draft with the"
            + " answers of the country's latest submitted version of an earlier year, read under the active questionnaire. Each"
            + " stays carried over (listed in the draft's `carry_over.unconfirmed`) until a save changes it or confirms it"
            + " (`PATCH ...?confirm=true`). Answers the active questionnaire no longer asks or reads are left out and listed"
            + " in `not_carried` with the reason.")
    @ApiResponse(responseCode = "403", description = "`submission/forbidden`: not the coordinator.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "`not-found/submission`: not of the country's delegation.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "`submission/not-empty`: the draft has answers already;"
            + " `submission/nothing-to-carry`: no earlier year was submitted; `submission/not-editable`: submitted or acknowledged.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemAnswers.Authenticated
    @Post("/{year}/carry-over")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    CarryOvers.Carried carryOver(@PathVariable String iso3, @PathVariable int year, Authentication authentication) {
        return carryOvers.start(Audience.of(authentication), country(iso3, year), year);
    }

    @Operation(summary = "The versions of a submission", description = "Those the caller may see.")
    @Get("/{year}/versions")
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<Views.VersionSummary> versions(@PathVariable String iso3, @PathVariable int year, @Nullable Authentication authentication) {
        return reading.one(Audience.of(authentication), country(iso3, year), year).versions();
    }

    @Operation(summary = "One version", description = "The submission as submitted, its gap report (the lean JSON, under the pack"
            + " version it names) and its certification.")
    @ApiResponse(responseCode = "404", description = "`not-found/submission` or `not-found/version`.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Get("/{year}/versions/{number}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Views.VersionView version(@PathVariable String iso3, @PathVariable int year, @PathVariable int number,
                              @Nullable Authentication authentication) {
        return reading.version(Audience.of(authentication), country(iso3, year), year, number);
    }

    @Operation(summary = "One version's submission, as stored", description = "Exactly the bytes its SHA-256 covers: the"
            + " submission's compact JSON in UTF-8, unchanged, so `sha256sum` of this answer is the version's `sha256`.")
    @ApiResponse(responseCode = "200", description = "The submission as stored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = "object", description = "A national submission; its JSON Schema is served at `/api/schema/submission`")))
    @ApiResponse(responseCode = "404", description = "`not-found/submission` or `not-found/version`.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Get("/{year}/versions/{number}/submission")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<byte[]> submission(@PathVariable String iso3, @PathVariable int year, @PathVariable int number,
                                    @Nullable Authentication authentication) {
        String json = reading.stored(Audience.of(authentication), country(iso3, year), year, number).submissionJson();
        return HttpResponse.ok(json.getBytes(StandardCharsets.UTF_8)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Operation(summary = "What changed between two versions", description = "`from` and `to` are version numbers, or `draft`"
            + " for the delegation's draft; each item that differs with its value before and after (absent: not answered).")
    @ApiResponse(responseCode = "400", description = "`http/invalid-parameter`: `from` or `to` is not a version number.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Get("/{year}/diff")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Views.DiffView diff(@PathVariable String iso3, @PathVariable int year, @QueryValue String from, @QueryValue String to,
                        @Nullable Authentication authentication) {
        return reading.diff(Audience.of(authentication), country(iso3, year), year, from, to);
    }
}
