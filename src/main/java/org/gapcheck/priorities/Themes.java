package org.gapcheck.priorities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.pack.PackYaml;
import org.gapcheck.pack.PackYaml.Parsed;
import org.gapcheck.pack.Problems;

/**
 * {@code rules/themes.yaml}: the owners and the themes priorities are made of. Loading checks
 * that every owner, threshold, standard and criterion a theme names exists and that no criterion
 * sits in two themes; that every criterion that can be GAP sits in one is validate's check.
 */
public record Themes(List<Owner> owners, List<Theme> themes) {

    public static final String FILE = "themes.yaml";

    /** The theme a criterion belongs to, if any. */
    public Optional<Theme> themeOf(String criterion) {
        return Optional.ofNullable(byCriterion().get(criterion));
    }

    /** Every assigned criterion with its theme. */
    public Map<String, Theme> byCriterion() {
        Map<String, Theme> out = new HashMap<>();
        themes.forEach(t -> t.criteria().forEach(c -> out.put(c, t)));
        return out;
    }

    /** An owner's name as reports show it. */
    public String ownerName(String id) {
        return owners.stream().filter(o -> o.id().equals(id)).map(Owner::name).findFirst().orElse(id);
    }

    public static Themes load(PackSource source, RuleBase ruleBase) {
        List<PackProblem> found = new ArrayList<>();
        Optional<Parsed<Themes>> parsed = PackYaml.read(source, FILE, Themes.class, found);
        if (parsed.isEmpty()) {
            throw new PackLoadException(found);
        }
        Parsed<Themes> file = parsed.get();
        List<Owner> owners = Problems.orEmpty(file.value().owners());
        List<Theme> themes = Problems.orEmpty(file.value().themes());
        Problems problems = new Problems();
        problems.duplicates(file, owners, Owner::id, "owner");
        problems.duplicates(file, themes, Theme::id, "theme");
        owners.forEach(o -> problems.required(file, o, o.id(), "name", o.name()));
        Set<String> ownerIds = owners.stream().map(Owner::id).collect(Collectors.toSet());
        Set<String> criteria = ruleBase.criteria().stream().map(CriterionDef::id).collect(Collectors.toSet());
        Map<String, String> placed = new LinkedHashMap<>();
        for (Theme t : themes) {
            problems.required(file, t, t.id(), "title", t.title());
            if (problems.required(file, t, t.id(), "owner", t.owner()) && !ownerIds.contains(t.owner())) {
                problems.add(file, t, t.id(), "themes/unknown-owner", "owner '" + t.owner() + "' is not one of the file's owners");
            }
            if (problems.required(file, t, t.id(), "standard", t.standard())) {
                Optional<Measure> measure = Measure.parse(t.standard());
                Optional<String> refused = measure.isEmpty()
                        ? Optional.of("'" + t.standard() + "' is none of \"threshold: ID\", \"standard: ID\", \"text\"")
                        : measure.get().refuse(ruleBase.thresholds(), ruleBase.references());
                refused.ifPresent(why -> problems.add(file, t, t.id(), "themes/bad-standard", "standard " + why));
            }
            if (problems.required(file, t, t.id(), "criteria", t.criteria() == null || t.criteria().isEmpty() ? null : t.criteria())) {
                for (String c : t.criteria()) {
                    if (!criteria.contains(c)) {
                        problems.add(file, t, t.id(), "themes/unknown-criterion", "criterion '" + c + "' is not a rule of the pack");
                    } else if (placed.putIfAbsent(c, t.id()) != null) {
                        problems.add(file, t, t.id(), "themes/criterion-twice", "criterion '" + c + "' is already in theme '" + placed.get(c) + "'");
                    }
                }
            }
        }
        problems.throwIfAny();
        return new Themes(List.copyOf(owners), themes.stream()
                .map(t -> new Theme(t.id(), t.title(), t.owner(), t.standard().strip(), List.copyOf(t.criteria()))).toList());
    }
}
