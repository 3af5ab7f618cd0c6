package org.gapcheck.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import org.gapcheck.pack.PackManifest;

/**
 * The commitments a rule pack encodes: the 2016 recommendations by chapter, the 2019 challenges,
 * the 2017 regional recommendations and the earlier documents that reports cite. Immutable once loaded.
 */
public record Catalogue(PackManifest pack, List<Chapter> chapters, List<Recommendation> recommendations,
                        List<Challenge> challenges, List<UnlinkedRecommendation> unlinked,
                        RegionalFile regional, List<ReferenceDocument> references) {

    public Catalogue {
        chapters = List.copyOf(chapters);
        recommendations = List.copyOf(recommendations);
        challenges = List.copyOf(challenges);
        unlinked = List.copyOf(unlinked);
        references = List.copyOf(references);
    }

    @JsonIgnore
    public Optional<Recommendation> recommendation(String id) {
        String wanted = RecommendationId.normalise(id);
        return recommendations.stream().filter(r -> r.id().equals(wanted)).findFirst();
    }

    @JsonIgnore
    public Optional<Challenge> challenge(String id) {
        String wanted = id.toUpperCase(java.util.Locale.ROOT);
        return challenges.stream().filter(c -> c.id().equals(wanted)).findFirst();
    }

    @JsonIgnore
    public Optional<Chapter> chapter(int number) {
        return chapters.stream().filter(c -> c.number() == number).findFirst();
    }

    /** The challenges that link to a recommendation, with the link's reason. */
    public List<ChallengeRef> challengesOf(String recommendationId) {
        return challenges.stream()
                .flatMap(c -> c.recommendations().stream()
                        .filter(link -> link.id().equals(recommendationId))
                        .map(link -> new ChallengeRef(c.id(), c.title(), link.reason())))
                .toList();
    }

    /** The 2017 regional recommendations that elaborate a recommendation. */
    public List<String> regionalElaborating(String recommendationId) {
        return regional.recommendations().stream()
                .filter(r -> r.elaborates().contains(recommendationId))
                .map(RegionalRecommendation::id)
                .toList();
    }

    @JsonIgnore
    public List<Recommendation> inChapter(int number) {
        return recommendations.stream().filter(r -> r.chapter() == number).toList();
    }

    /** A challenge as seen from one of its recommendations. */
    public record ChallengeRef(String id, String title, String reason) {
    }
}
