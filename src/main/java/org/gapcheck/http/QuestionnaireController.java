package org.gapcheck.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import org.gapcheck.core.RulePack;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.report.ReportSchema;
import org.gapcheck.submission.SubmissionSchema;

/** The questionnaire and the submission schema: the same as {@code gapcheck questionnaire} and {@code gapcheck schema}. */
@Controller("/api")
class QuestionnaireController {

    private final Questionnaire questionnaire;
    private final JsonNode schema;

    QuestionnaireController(RulePack pack) {
        this.questionnaire = pack.questionnaire();
        this.schema = SubmissionSchema.generate(pack.manifest(), pack.questionnaire());
    }

    @Get("/questionnaire")
    Questionnaire questionnaire() {
        return questionnaire;
    }

    @Get("/schema/submission")
    @Produces("application/schema+json")
    JsonNode submissionSchema() {
        return schema;
    }

    @Get("/schema/report")
    @Produces("application/schema+json")
    String reportSchema() {
        return ReportSchema.text();
    }
}
