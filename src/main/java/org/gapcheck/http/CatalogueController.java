package org.gapcheck.http;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Challenge;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.core.RulePack;

/** The commitments catalogue, read-only: the same data as {@code gapcheck catalogue --format json}. */
@Controller("/api/catalogue")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "catalogue")
@ProblemAnswers.AnyRoute
class CatalogueController {

    private final Catalogue catalogue;

    CatalogueController(RulePack pack) {
        this.catalogue = pack.catalogue();
    }

    @Get
    @Operation(summary = "The whole catalogue", description = "The same JSON as `gapcheck catalogue --format json`: the rule pack's"
            + " manifest, the 7 chapters, the 103 recommendations, the 12 challenges, the 2017 regional recommendations and the"
            + " 2014 and 2009 documents.")
    Catalogue catalogue() {
        return catalogue;
    }

    @Get("/recommendations")
    @Operation(summary = "Every recommendation", description = "The 103 operational recommendations of the 2016 outcome document, in order.")
    List<Recommendation> recommendations() {
        return catalogue.recommendations();
    }

    @Get("/recommendations/{id}")
    @Operation(summary = "One recommendation", description = "One recommendation with the challenges it addresses and the"
            + " regional recommendations that elaborate it.")
    @ProblemAnswers.ById
    RecommendationDetail recommendation(@Parameter(description = "As the document letters it, \"1(m)\"; \"1m\" works too",
            example = "1(m)") @PathVariable String id) {
        Recommendation found = catalogue.recommendation(id)
                .orElseThrow(() -> new NotFoundException("recommendation", id));
        return new RecommendationDetail(found, catalogue.challengesOf(found.id()),
                catalogue.regionalElaborating(found.id()));
    }

    @Get("/challenges")
    @Operation(summary = "Every challenge", description = "The 12 challenges of the 2019 Ministerial Declaration, each with the"
            + " recommendations that address it and why.")
    List<Challenge> challenges() {
        return catalogue.challenges();
    }

    @Get("/challenges/{id}")
    @Operation(summary = "One challenge", description = "One challenge of 2019 and the recommendations that address it.")
    @ProblemAnswers.ById
    Challenge challenge(@Parameter(description = "C01 to C12", example = "C06") @PathVariable String id) {
        return catalogue.challenge(id).orElseThrow(() -> new NotFoundException("challenge", id));
    }
}
