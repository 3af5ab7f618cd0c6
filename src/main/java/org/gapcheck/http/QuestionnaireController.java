package org.gapcheck.http;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gapcheck.core.RulePack;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.report.ReportSchema;
import org.gapcheck.submission.SubmissionSchema;

/** The questionnaire and the submission schema: the same as {@code gapcheck questionnaire} and {@code gapcheck schema}. */
@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "questionnaire")
@ProblemAnswers.AnyRoute
class QuestionnaireController {

    private final Questionnaire questionnaire;
    private final JsonNode schema;

    QuestionnaireController(RulePack pack) {
        this.questionnaire = pack.questionnaire();
        this.schema = SubmissionSchema.generate(pack.manifest(), pack.questionnaire());
    }

    @Get("/questionnaire")
    @Operation(summary = "The questionnaire", description = "What a State answers: items by section, the country profile and the"
            + " situation indicators; the same JSON as `gapcheck questionnaire --format json`.")
    Questionnaire questionnaire() {
        return questionnaire;
    }

    @Get("/schema/submission")
    @Produces("application/schema+json")
    @Operation(summary = "The JSON Schema of a submission", description = "Draft 2020-12, generated from the rule pack's"
            + " questionnaire; the same as `gapcheck schema` and the shipped `rules/submission.schema.json`.")
    @ApiResponse(responseCode = "200", description = "The schema", content = @Content(mediaType = "application/schema+json",
            schema = @Schema(type = "object")))
    JsonNode submissionSchema() {
        return schema;
    }

    @Get("/schema/report")
    @Produces("application/schema+json")
    @Operation(summary = "The JSON Schema of a gap report", description = "Draft 2020-12: what `POST /api/evaluations` answers"
            + " in JSON; the same as `gapcheck schema --report`.")
    @ApiResponse(responseCode = "200", description = "The schema", content = @Content(mediaType = "application/schema+json",
            schema = @Schema(type = "object")))
    String reportSchema() {
        return ReportSchema.text();
    }
}
