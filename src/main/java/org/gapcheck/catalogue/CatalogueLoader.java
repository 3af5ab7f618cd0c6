package org.gapcheck.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackManifest;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.pack.PackYaml;
import org.gapcheck.pack.Problems;
import org.gapcheck.pack.PackYaml.Parsed;

/**
 * Reads the catalogue files of a pack (layout in {@code rules/README.md}), checks them and returns
 * the catalogue, or fails with every problem found in every file at once.
 */
public final class CatalogueLoader {

    public static final String MANIFEST = "pack.yaml";
    public static final String CHAPTERS = "catalogue/chapters.yaml";
    public static final String CHALLENGES = "catalogue/challenges.yaml";
    public static final String REGIONAL = "catalogue/regional-2017.yaml";
    public static final List<String> REFERENCES = List.of(
            "catalogue/references/jms-2014.yaml", "catalogue/references/poa-2009.yaml");

    private CatalogueLoader() {
    }

    public static String recommendationsFile(int chapter) {
        return "catalogue/recommendations/chapter-" + chapter + ".yaml";
    }

    public static Catalogue load(PackSource source) {
        List<PackProblem> problems = new ArrayList<>();
        Optional<Parsed<PackManifest>> manifest = PackYaml.read(source, MANIFEST, PackManifest.class, problems);
        Optional<Parsed<ChaptersFile>> chapters = PackYaml.read(source, CHAPTERS, ChaptersFile.class, problems);
        List<Parsed<RecommendationsFile>> recommendationFiles = new ArrayList<>();
        chapters.map(c -> c.value().chapters()).orElse(List.of()).stream()
                .filter(c -> c.number() != null)
                .forEach(c -> PackYaml.read(source, recommendationsFile(c.number()), RecommendationsFile.class, problems)
                        .ifPresent(recommendationFiles::add));
        Optional<Parsed<ChallengesFile>> challenges = PackYaml.read(source, CHALLENGES, ChallengesFile.class, problems);
        Optional<Parsed<RegionalFile>> regional = PackYaml.read(source, REGIONAL, RegionalFile.class, problems);
        List<Parsed<ReferenceDocument>> references = new ArrayList<>();
        REFERENCES.forEach(file -> PackYaml.read(source, file, ReferenceDocument.class, problems)
                .ifPresent(references::add));
        if (!problems.isEmpty()) {
            // Cross-file checks on half-read files would only add noise.
            throw new PackLoadException(problems);
        }

        CatalogueValidator validator = new CatalogueValidator();
        validator.manifest(manifest.orElseThrow());
        validator.chapters(chapters.orElseThrow());
        List<Recommendation> recommendations = new ArrayList<>();
        for (Parsed<RecommendationsFile> file : recommendationFiles) {
            recommendations.addAll(validator.recommendations(file));
        }
        validator.challenges(challenges.orElseThrow(), recommendations);
        validator.regional(regional.orElseThrow(), recommendations);
        references.forEach(validator::references);
        validator.throwIfAny();

        return new Catalogue(manifest.get().value(), chapters.get().value().chapters(), recommendations,
                challenges.get().value().challenges(), Problems.orEmpty(challenges.get().value().unlinked()),
                regional.get().value(), references.stream().map(Parsed::value).toList());
    }
}
