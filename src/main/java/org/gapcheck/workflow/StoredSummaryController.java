package org.gapcheck.workflow;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
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
import java.util.List;
import javax.sql.DataSource;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.http.MediaRanges;
import org.gapcheck.http.Problem;
import org.gapcheck.http.ProblemAnswers;
import org.gapcheck.http.Refusal;
import org.gapcheck.questionnaire.Years;
import org.gapcheck.summary.render.SummaryFormat;

/**
 * {@code GET /api/summaries}: the cross-country summary of the stored submissions, as the caller may
 * see them: the secretariat's of every submitted version, everyone else's of the published ones.
 */
@Controller("/api/summaries")
@Tag(name = "summaries")
@ProblemAnswers.AnyRoute
@Requires(beans = DataSource.class)
class StoredSummaryController {

    private final StoredSummaries summaries;

    StoredSummaryController(StoredSummaries summaries) {
        this.summaries = summaries;
    }

    @Operation(summary = "Summarise the stored submissions", description = "Per country and year, the latest version the caller"
            + " may see: for the secretariat every submitted or acknowledged one (a returned one waits for its next version), for"
            + " everyone else the published ones. Scored under the active rule pack, which the summary names: a version whose"
            + " stored report another pack version produced is evaluated again. The Accept header chooses JSON, CSV or HTML.")
    @ApiResponse(responseCode = "200", description = "The cross-country summary, in the format the Accept header chose", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object", description = "The summary")),
        @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string", description = "One page with heatmaps")),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
    })
    @ApiResponse(responseCode = "400", description = "`http/invalid-parameter`: `year` is not a reporting year.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Get
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "text/csv"})
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ExecuteOn(DatabaseExecutor.NAME)
    HttpResponse<String> summary(@Parameter(description = "The reporting year (default: each country's latest)")
                                 @Nullable @QueryValue String year, @Nullable @Header("Accept") String accept,
                                 @Nullable Authentication authentication) {
        SummaryFormat format = MediaRanges.negotiate(accept, List.of(SummaryFormat.values()), SummaryFormat::mediaType);
        String body = format.render(summaries.forAudience(Audience.of(authentication), year(year)));
        return HttpResponse.ok(body).contentType(format.mediaType());
    }

    private static Integer year(@Nullable String year) {
        if (year == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (Years.reportable(y)) {
                return y;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other value that is not a reporting year
        }
        throw Refusal.invalid("http/invalid-parameter", "Invalid query parameter", "year", "year_out_of_range", "'year' is a"
                + " reporting year within " + Years.reportableRange() + ", not '" + org.gapcheck.text.Printable.of(year) + "'");
    }
}
