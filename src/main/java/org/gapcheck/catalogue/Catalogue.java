package org.gapcheck.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        return Optional.ofNullable(index(recommendations, Recommendation::id).get(RecommendationId.normalise(id)));
    }

    @JsonIgnore
    public Optional<Challenge> challenge(String id) {
        return Optional.ofNullable(index(challenges, Challenge::id).get(id.toUpperCase(java.util.Locale.ROOT)));
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

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** A challenge as seen from one of its recommendations. */
    public record ChallengeRef(String id, String title, String reason) {
    }
}
