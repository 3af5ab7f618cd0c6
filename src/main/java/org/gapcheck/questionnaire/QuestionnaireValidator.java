package org.gapcheck.questionnaire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Challenge;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.pack.PackYaml.Parsed;
import org.gapcheck.pack.Problems;

/** The consistency rules of a questionnaire: codes, types and their companions, links to the catalogue. */
final class QuestionnaireValidator {

    private static final Pattern ITEM_CODE = Pattern.compile("[A-Z]+\\.[A-Z0-9_]+");
    private static final Pattern TOKEN = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> DIRECTIONS = Set.of("higher", "lower", "context");

    private final Catalogue catalogue;
    private final Problems problems = new Problems();
    private Set<String> sections = Set.of();

    QuestionnaireValidator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void questionnaire(Parsed<QuestionnaireFile> parsed) {
        QuestionnaireFile q = parsed.value();
        problems.required(parsed, q, null, "title", q.title());
        if (problems.required(parsed, q, null, "not_known", q.notKnown()) && !TOKEN.matcher(q.notKnown()).matches()) {
            problems.add(parsed, q, null, "questionnaire/bad-token", "'not_known' must be a lower-case token such as not_known");
        }
        List<Section> list = Problems.orEmpty(q.sections());
        if (list.isEmpty()) {
            problems.add(parsed, q, null, "questionnaire/empty", "no sections");
        }
        problems.duplicates(parsed, list, Section::id, "section");
        list.forEach(s -> {
            problems.required(parsed, s, s.id(), "id", s.id());
            problems.required(parsed, s, s.id(), "title", s.title());
        });
        sections = list.stream().map(Section::id).collect(Collectors.toSet());
        List<Region> regions = Problems.orEmpty(q.regions());
        if (regions.isEmpty()) {
            problems.add(parsed, q, null, "questionnaire/empty", "no regions");
        }
        problems.duplicates(parsed, regions, Region::id, "region");
        regions.forEach(r -> {
            if (problems.required(parsed, r, r.id(), "id", r.id()) && !TOKEN.matcher(r.id()).matches()) {
                problems.add(parsed, r, r.id(), "questionnaire/bad-id", "region id must be a lower-case token");
            }
            problems.required(parsed, r, r.id(), "name", r.name());
        });
    }

    List<Item> items(Parsed<ItemsFile> parsed) {
        ItemsFile file = parsed.value();
        List<Item> items = Problems.orEmpty(file.items());
        if (items.isEmpty()) {
            problems.add(parsed, file, null, "questionnaire/empty", "no items");
        }
        for (Item item : items) {
            String name = item.code();
            if (problems.required(parsed, item, name, "code", item.code()) && !ITEM_CODE.matcher(item.code()).matches()) {
                problems.add(parsed, item, name, "item/bad-code", "code must look like SECTION.MNEMONIC (upper case, digits, underscores)");
            }
            if (problems.required(parsed, item, name, "section", item.section())) {
                if (!sections.contains(item.section())) {
                    problems.add(parsed, item, name, "item/unknown-section", "unknown section '" + item.section() + "' (sections: " + String.join(", ", sections.stream().sorted().toList()) + ")");
                } else if (item.code() != null && !item.code().startsWith(item.section() + ".")) {
                    problems.add(parsed, item, name, "item/bad-code", "code must start with its section, '" + item.section() + ".'");
                }
            }
            problems.required(parsed, item, name, "question", item.question());
            problems.required(parsed, item, name, "help", item.help());
            problems.required(parsed, item, name, "aspect", item.aspect());
            if (problems.required(parsed, item, name, "type", item.type())) {
                typeCompanions(parsed, item, name, item.type(), item.unit(), item.min(), item.max(), item.choices());
                betterDirection(parsed, item, name);
            }
            List<String> recommendations = Problems.orEmpty(item.recommendations());
            if (recommendations.isEmpty()) {
                problems.add(parsed, item, name, "item/no-recommendation", "informs no recommendation");
            }
            for (int k = 0; k < recommendations.size(); k++) {
                String id = recommendations.get(k);
                Recommendation r = catalogue.recommendation(id).orElse(null);
                if (r == null || !r.id().equals(id)) {
                    problems.add(parsed, item, name, "item/unknown-recommendation", "informs unknown recommendation '" + id + "'");
                } else if (!r.forMemberStates()) {
                    problems.add(parsed, item, name, "item/international-recommendation", "informs " + id + ", which is addressed to international bodies, not to States");
                } else if (k == 0 && file.chapter() != null && r.chapter().intValue() != file.chapter()) {
                    // One fact is asked once: an item may inform recommendations of several chapters, and lives with its first.
                    problems.add(parsed, item, name, "item/wrong-chapter", "its first recommendation, " + id + ", belongs to chapter " + r.chapter()
                            + "; put the item in that chapter's file");
                }
            }
        }
        return items;
    }

    /** Codes are unique across all item files, not only within one. */
    void uniqueCodes(List<Parsed<ItemsFile>> files) {
        Map<String, String> firstFile = new HashMap<>();
        for (Parsed<ItemsFile> parsed : files) {
            for (Item item : Problems.orEmpty(parsed.value().items())) {
                if (item.code() == null) {
                    continue;
                }
                String first = firstFile.putIfAbsent(item.code(), parsed.file());
                if (first != null) {
                    problems.add(parsed, item, item.code(), "id/duplicate", "duplicate item code '" + item.code() + "' (also in " + first + ")");
                }
            }
        }
    }

    void profile(Parsed<ProfileFile> parsed) {
        List<ProfileField> fields = Problems.orEmpty(parsed.value().fields());
        problems.duplicates(parsed, fields, ProfileField::code, "profile field");
        for (ProfileField f : fields) {
            String name = f.code();
            if (problems.required(parsed, f, name, "code", f.code()) && !TOKEN.matcher(f.code()).matches()) {
                problems.add(parsed, f, name, "profile/bad-code", "profile codes are lower-case tokens");
            }
            problems.required(parsed, f, name, "question", f.question());
            if (problems.required(parsed, f, name, "type", f.type())) {
                if (f.type() != ItemType.YES_NO && f.type() != ItemType.CHOICE) {
                    problems.add(parsed, f, name, "profile/bad-type", "profile fields are yes_no or choice");
                }
                typeCompanions(parsed, f, name, f.type(), null, null, null, f.choices());
            }
        }
    }

    void indicators(Parsed<IndicatorsFile> parsed) {
        List<Indicator> list = Problems.orEmpty(parsed.value().indicators());
        problems.duplicates(parsed, list, Indicator::code, "indicator");
        Set<String> challenges = catalogue.challenges().stream().map(Challenge::id).collect(Collectors.toSet());
        for (Indicator i : list) {
            String name = i.code();
            if (problems.required(parsed, i, name, "code", i.code()) && !i.code().startsWith("IND.")) {
                problems.add(parsed, i, name, "indicator/bad-code", "indicator codes start with 'IND.'");
            }
            problems.required(parsed, i, name, "name", i.name());
            problems.required(parsed, i, name, "unit", i.unit());
            problems.required(parsed, i, name, "source", i.source());
            range(parsed, i, name, i.min(), i.max());
            if (problems.required(parsed, i, name, "better", i.better()) && !DIRECTIONS.contains(i.better())) {
                problems.add(parsed, i, name, "indicator/bad-better", "'better' is higher, lower or context");
            }
            List<String> links = Problems.orEmpty(i.challenges());
            if (links.isEmpty()) {
                problems.add(parsed, i, name, "indicator/no-challenge", "names no challenge");
            }
            links.stream().filter(c -> !challenges.contains(c))
                    .forEach(c -> problems.add(parsed, i, name, "indicator/unknown-challenge", "unknown challenge '" + c + "'"));
        }
    }

    void throwIfAny() {
        problems.throwIfAny();
    }

    /** Numeric types need a unit and a range; choices need choices; nothing else may carry them. */
    private void typeCompanions(Parsed<?> parsed, Object entry, String name, ItemType type, String unit, Double min,
                                Double max, List<Choice> choices) {
        if (type == ItemType.NUMBER || type == ItemType.PERCENTAGE) {
            problems.required(parsed, entry, name, "unit", unit);
            range(parsed, entry, name, min, max);
            if (type == ItemType.PERCENTAGE && min != null && max != null && (min < 0 || max > 100)) {
                problems.add(parsed, entry, name, "item/bad-range", "a percentage lies within 0-100");
            }
        } else if (unit != null || min != null || max != null) {
            problems.add(parsed, entry, name, "item/bad-range", "unit, min and max are for number and percentage items only");
        }
        if (type == ItemType.CHOICE) {
            List<Choice> list = Problems.orEmpty(choices);
            if (list.size() < 2) {
                problems.add(parsed, entry, name, "item/bad-choices", "a choice item needs at least two choices");
            }
            problems.duplicates(parsed, list, Choice::value, name + " choice");
            list.forEach(c -> {
                if (problems.required(parsed, c, name, "choice value", c.value()) && !TOKEN.matcher(c.value()).matches()) {
                    problems.add(parsed, c, name, "item/bad-choices", "choice value '" + c.value() + "' must be a lower-case token");
                }
                problems.required(parsed, c, name, "choice label", c.label());
                if (c.rank() != null && c.rank() < 0) {
                    problems.add(parsed, c, name, "item/bad-choices", "choice rank is a whole number from 0 (worst) up");
                }
            });
        } else if (choices != null) {
            problems.add(parsed, entry, name, "item/bad-choices", "choices are for choice items only");
        }
    }

    /** A figure says which way it improves, so that monotonicity can be checked against it; nothing else says so. */
    private void betterDirection(Parsed<?> parsed, Item item, String name) {
        boolean figure = item.type() == ItemType.NUMBER || item.type() == ItemType.PERCENTAGE || item.type() == ItemType.YEAR;
        if (figure && problems.required(parsed, item, name, "better", item.better()) && !DIRECTIONS.contains(item.better())) {
            problems.add(parsed, item, name, "item/bad-better", "'better' is higher, lower or context (a figure no criterion compares)");
        } else if (!figure && item.better() != null) {
            problems.add(parsed, item, name, "item/bad-better", "'better' is for number, percentage and year items only");
        }
    }

    private void range(Parsed<?> parsed, Object entry, String name, Double min, Double max) {
        if (problems.required(parsed, entry, name, "min", min) & problems.required(parsed, entry, name, "max", max)
                && min >= max) {
            problems.add(parsed, entry, name, "item/bad-range", "min must be below max");
        }
    }
}
