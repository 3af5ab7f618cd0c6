package org.gapcheck.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.catalogue.Regions;
import org.gapcheck.engine.Evaluator;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.engine.Thresholds;
import org.gapcheck.pack.Budget;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.priorities.Themes;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.QuestionnaireLoader;

/** Loads the pack a user names, or the one embedded in the jar when they name none. */
public final class RulePackLoader {

    /** The embedded pack never changes within a process, so it is built once. */
    private static volatile RulePack embedded;

    private RulePackLoader() {
    }

    /** @param directory the pack root, or {@code null} for the embedded pack */
    public static RulePack load(Path directory) {
        if (directory == null) {
            RulePack cached = embedded;
            if (cached == null) {
                synchronized (RulePackLoader.class) {
                    if (embedded == null) {
                        embedded = build(PackSource.embedded());
                    }
                    cached = embedded;
                }
            }
            return cached;
        }
        return build(directory);
    }

    /**
     * Loads a pack folder within a time budget (validate's): past it, {@link Budget.Exceeded}.
     * Never the embedded pack, which is built once and cached.
     */
    public static RulePack load(Path directory, Budget budget) {
        if (!Files.isDirectory(directory)) {
            throw new PackLoadException(List.of(new PackProblem(directory.toString(), 0, 0, null, "file/not-a-directory",
                    "is not a directory; --rules must name a rule pack folder (the one holding pack.yaml)")));
        }
        return build(PackSource.directory(directory), budget);
    }

    private static RulePack build(Path directory) {
        return load(directory, Budget.unlimited());
    }

    static RulePack build(PackSource source) {
        return build(source, Budget.unlimited());
    }

    private static RulePack build(PackSource source, Budget budget) {
        long start = System.nanoTime();
        Catalogue catalogue = CatalogueLoader.load(source);
        budget.check();
        Questionnaire questionnaire = QuestionnaireLoader.load(source, catalogue);
        budget.check();
        RuleBase ruleBase = RuleBase.build(source, catalogue, questionnaire, Thresholds.load(source), budget);
        Regions regions = Regions.load(source);
        Themes themes = Themes.load(source, ruleBase);
        return new RulePack(catalogue, questionnaire, ruleBase, new Evaluator(ruleBase, catalogue.recommendations(), regions.derivedProfiles()),
                regions, themes, source.description(), (System.nanoTime() - start) / 1_000_000);
    }
}
