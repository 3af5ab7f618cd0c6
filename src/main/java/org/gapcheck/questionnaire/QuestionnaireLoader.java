package org.gapcheck.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Chapter;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.pack.PackYaml;
import org.gapcheck.pack.PackYaml.Parsed;

/** Reads the questionnaire files of a pack and checks them against its catalogue. */
public final class QuestionnaireLoader {

    public static final String QUESTIONNAIRE = "questionnaire/questionnaire.yaml";
    public static final String PROFILE = "questionnaire/profile.yaml";
    public static final String INDICATORS = "questionnaire/indicators.yaml";
    /** Optional: a pack whose questionnaire never renamed or removed an item has none. */
    public static final String CHANGES = "questionnaire/changes.yaml";

    private QuestionnaireLoader() {
    }

    public static String itemsFile(int chapter) {
        return "questionnaire/items/chapter-" + chapter + ".yaml";
    }

    public static Questionnaire load(PackSource source, Catalogue catalogue) {
        List<PackProblem> problems = new ArrayList<>();
        Optional<Parsed<QuestionnaireFile>> main = PackYaml.read(source, QUESTIONNAIRE, QuestionnaireFile.class, problems);
        List<Parsed<ItemsFile>> itemFiles = new ArrayList<>();
        for (Chapter chapter : catalogue.chapters()) {
            PackYaml.read(source, itemsFile(chapter.number()), ItemsFile.class, problems).ifPresent(itemFiles::add);
        }
        Optional<Parsed<ProfileFile>> profile = PackYaml.read(source, PROFILE, ProfileFile.class, problems);
        Optional<Parsed<IndicatorsFile>> indicators = PackYaml.read(source, INDICATORS, IndicatorsFile.class, problems);
        Optional<Parsed<ChangesFile>> changes = source.snapshot(CHANGES).or(() -> source.read(CHANGES)).isEmpty() ? Optional.empty()
                : PackYaml.read(source, CHANGES, ChangesFile.class, problems);
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems);
        }

        QuestionnaireValidator validator = new QuestionnaireValidator(catalogue);
        validator.questionnaire(main.orElseThrow());
        List<Item> items = new ArrayList<>();
        itemFiles.forEach(file -> items.addAll(validator.items(file)));
        validator.uniqueCodes(itemFiles);
        validator.profile(profile.orElseThrow());
        validator.indicators(indicators.orElseThrow());
        validator.throwIfAny();

        QuestionnaireFile q = main.get().value();
        Questionnaire asked = new Questionnaire(q.title(), q.notKnown(), q.sections(), q.regions(), items,
                profile.get().value().fields(), indicators.get().value().indicators());
        if (changes.isEmpty()) {
            return asked;
        }
        ChangesValidator history = new ChangesValidator();
        List<QuestionnaireChange> list = history.check(changes.get(), catalogue.pack().version(), asked);
        history.throwIfAny();
        return new Questionnaire(q.title(), q.notKnown(), q.sections(), q.regions(), items,
                profile.get().value().fields(), indicators.get().value().indicators(), list);
    }
}
