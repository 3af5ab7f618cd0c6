package org.gapcheck.workflow;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.http.MediaRanges;
import org.gapcheck.http.Problem;
import org.gapcheck.http.ProblemAnswers;
import org.gapcheck.http.Refusal;
import org.gapcheck.report.render.PdfQueue;
import org.gapcheck.storage.SubmissionVersion;

/**
 * The state changes of {@code /api/countries/{iso3}/submissions/{year}}: submit (the coordinator),
 * acknowledge and return (the secretariat), publish and withdraw a version (the coordinator), and
 * the receipt of an acknowledged version.
 */
@Controller("/api/countries/{iso3}/submissions/{year}")
@Tag(name = "submissions")
@ProblemAnswers.AnyRoute
@ProblemAnswers.Authenticated
@ApiResponse(responseCode = "404", description = "`not-found/submission` or `not-found/version`: none that the caller may see.",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "409", description = "`submission/not-editable` or `submission/not-under-review`: not in a state"
        + " that allows this; `submission/format-unsupported`: stored in a format this Gapcheck does not read.", content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
@Secured(SecurityRule.IS_AUTHENTICATED)
class TransitionController {

    private static final String PDF = "application/pdf";

    private final Transitions transitions;
    private final Reading reading;
    private final Receipts receipts;

    TransitionController(Transitions transitions, Reading reading, Receipts receipts) {
        this.transitions = transitions;
        this.reading = reading;
        this.receipts = receipts;
    }

    /** A submit: the coordinator's certification and the draft version it read. */
    record Submit(@Nullable Boolean certify, @Nullable Long draftVersion) {
    }

    /** A return: what the delegation is to change. */
    record GiveBack(@Nullable String comments) {
    }

    @Operation(summary = "Certify and submit", description = "The coordinator certifies (`certify`: true) and submits the draft"
            + " at `draft_version`; the version is stored with its SHA-256 and its gap report under the active rule pack.")
    @ApiResponse(responseCode = "400", description = "`submission/invalid`: what is missing or wrong, each at its JSON Pointer;"
            + " `submission/not-certified`.", content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "`submission/stale`: the draft changed since `draft_version`.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemAnswers.WithBody
    @Post("/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    Views.VersionSummary submit(@PathVariable String iso3, @PathVariable int year, @Body Submit body, Authentication authentication) {
        String country = SubmissionController.country(iso3, year);
        Audience who = Audience.of(authentication);
        if (!who.coordinatorOf(country)) {
            throw refusal(who, country, year, "Only the coordinator of " + country + " certifies and submits.");
        }
        if (body.draftVersion() == null) {
            throw Refusal.invalid("submission/invalid-submit", "Invalid submit", "draft_version", "required",
                    "A submit names the draft version it read (GET the submission: draft_version).");
        }
        return Views.VersionSummary.of(transitions.submit(who, country, year, Boolean.TRUE.equals(body.certify()), body.draftVersion()));
    }

    @Operation(summary = "Acknowledge", description = "The secretariat acknowledges the submitted version; the answer is its receipt.")
    @Post("/acknowledge")
    Views.Receipt acknowledge(@PathVariable String iso3, @PathVariable int year, Authentication authentication) {
        String country = SubmissionController.country(iso3, year);
        Audience who = secretariat(authentication, country, year);
        return Views.Receipt.of(country, year, transitions.acknowledge(who, country, year));
    }

    @Operation(summary = "Return with comments", description = "The secretariat returns the submitted version; the delegation"
            + " sees the comments and may change and resubmit.")
    @ApiResponse(responseCode = "400", description = "`submission/invalid-return`: no comments, or over 5,000 characters.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemAnswers.WithBody
    @Post("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    Views.SubmissionView giveBack(@PathVariable String iso3, @PathVariable int year, @Body GiveBack body, Authentication authentication) {
        String country = SubmissionController.country(iso3, year);
        Audience who = secretariat(authentication, country, year);
        transitions.giveBack(who, country, year, body.comments());
        return reading.one(who, country, year);
    }

    @Operation(summary = "Publish a version", description = "The coordinator makes the version public: its report is then on"
            + " the public routes.")
    @Put("/versions/{number}/publication")
    Views.VersionSummary publish(@PathVariable String iso3, @PathVariable int year, @PathVariable int number, Authentication authentication) {
        return publication(iso3, year, number, authentication, true);
    }

    @Operation(summary = "Withdraw a version from publication", description = "The coordinator makes the version private again.")
    @Delete("/versions/{number}/publication")
    Views.VersionSummary withdraw(@PathVariable String iso3, @PathVariable int year, @PathVariable int number, Authentication authentication) {
        return publication(iso3, year, number, authentication, false);
    }

    @Operation(summary = "The receipt of an acknowledged version", description = "Its SHA-256, the pack version and the times,"
            + " as JSON; with `Accept: application/pdf`, the formal receipt on one A4 page, which also names the country, who"
            + " submitted, certified and acknowledged the version, and how to check the SHA-256.")
    @ApiResponse(responseCode = "200", description = "The receipt, in the format the Accept header chose", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.Receipt.class)),
        @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary",
                description = "The receipt on one A4 page, tagged (PDF/UA), fonts embedded"))
    })
    @ApiResponse(responseCode = "404", description = "`not-found/submission`: none that the caller may see (only the delegation"
            + " and the secretariat read receipts); `not-found/receipt`: the version is not acknowledged.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "`report/pdf-busy`: too many PDFs wait for the renderer (one is rendered at"
            + " a time).", headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Get("/versions/{number}/receipt")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    CompletableFuture<HttpResponse<?>> receipt(@PathVariable String iso3, @PathVariable int year, @PathVariable int number,
                                                @Nullable @io.micronaut.http.annotation.Header("Accept") String accept,
                                                Authentication authentication) {
        String country = SubmissionController.country(iso3, year);
        SubmissionVersion version = receipts.acknowledged(Audience.of(authentication), country, year, number);
        if (MediaRanges.negotiate(accept, List.of(MediaType.APPLICATION_JSON, PDF), type -> type).equals(PDF)) {
            // Rendered in turn on the PDF queue's thread, holding neither the event loop nor a database thread meanwhile.
            return PdfQueue.shared().submit(ReceiptDocument.html(receipts.facts(country, year, version)))
                    .thenApply(pdf -> HttpResponse.ok(pdf).contentType(PDF));
        }
        return CompletableFuture.completedFuture(HttpResponse.ok(Views.Receipt.of(country, year, version)));
    }

    private Views.VersionSummary publication(String iso3, int year, int number, Authentication authentication, boolean publish) {
        String country = SubmissionController.country(iso3, year);
        Audience who = Audience.of(authentication);
        if (!who.coordinatorOf(country)) {
            throw refusal(who, country, year, "Only the coordinator of " + country + " decides what it publishes.");
        }
        return Views.VersionSummary.of(transitions.publish(who, country, year, number, publish));
    }

    private Audience secretariat(Authentication authentication, String country, int year) {
        Audience who = Audience.of(authentication);
        if (!who.secretariat()) {
            throw refusal(who, country, year, "Only the secretariat acknowledges or returns a submission.");
        }
        reading.find(who, country, year); // a draft never submitted does not exist for the secretariat: 404, not 409
        return who;
    }

    /** 403 to a caller who sees the submission, 404 to one who does not. */
    private Refusal refusal(Audience who, String country, int year, String why) {
        reading.find(who, country, year);
        return Audience.forbidden(why);
    }
}
