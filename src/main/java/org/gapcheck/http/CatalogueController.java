package org.gapcheck.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.util.List;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Challenge;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.core.RulePack;

/** The commitments catalogue, read-only: the same data as {@code gapcheck catalogue --format json}. */
@Controller("/api/catalogue")
class CatalogueController {

    private final Catalogue catalogue;

    CatalogueController(RulePack pack) {
        this.catalogue = pack.catalogue();
    }

    @Get
    Catalogue catalogue() {
        return catalogue;
    }

    @Get("/recommendations")
    List<Recommendation> recommendations() {
        return catalogue.recommendations();
    }

    /** One recommendation with the challenges it addresses and the regional recommendations that elaborate it. */
    @Get("/recommendations/{id}")
    RecommendationDetail recommendation(@PathVariable String id) {
        Recommendation found = catalogue.recommendation(id)
                .orElseThrow(() -> new NotFoundException("recommendation", id));
        return new RecommendationDetail(found, catalogue.challengesOf(found.id()),
                catalogue.regionalElaborating(found.id()));
    }

    @Get("/challenges")
    List<Challenge> challenges() {
        return catalogue.challenges();
    }

    @Get("/challenges/{id}")
    Challenge challenge(@PathVariable String id) {
        return catalogue.challenge(id).orElseThrow(() -> new NotFoundException("challenge", id));
    }
}
