package org.gapcheck.engine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.pack.PackYaml;
import org.gapcheck.pack.PackYaml.Parsed;
import org.gapcheck.pack.Problems;

/** {@code thresholds.yaml}: every figure the criteria use, each with its source. */
public record Thresholds(List<Threshold> thresholds) {

    public static final String FILE = "thresholds.yaml";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public Thresholds {
        thresholds = List.copyOf(thresholds);
    }

    public Optional<Double> value(String id) {
        return threshold(id).map(Threshold::value);
    }

    public Optional<Threshold> threshold(String id) {
        return thresholds.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public static Thresholds load(PackSource source) {
        List<PackProblem> found = new java.util.ArrayList<>();
        Optional<Parsed<Thresholds>> parsed = PackYaml.read(source, FILE, Thresholds.class, found);
        if (parsed.isEmpty()) {
            throw new PackLoadException(found);
        }
        Problems problems = new Problems();
        Parsed<Thresholds> file = parsed.get();
        List<Threshold> list = Problems.orEmpty(file.value().thresholds());
        problems.duplicates(file, list, Threshold::id, "threshold");
        for (Threshold t : list) {
            if (problems.required(file, t, t.id(), "id", t.id()) && !ID.matcher(t.id()).matches()) {
                problems.add(file, t, t.id(), "threshold/bad-id", "threshold ids are lower-case tokens");
            }
            problems.required(file, t, t.id(), "value", t.value());
            problems.required(file, t, t.id(), "unit", t.unit());
            if (t.relativeTo() != null && !t.relative()) {
                problems.add(file, t, t.id(), "threshold/bad-relative-to", "'relative_to' is reporting_year (the value then counts years before it), not '" + t.relativeTo() + "'");
            }
            if ((t.standard() == null) == (t.ownChoice() == null)) {
                problems.add(file, t, t.id(), "threshold/no-source", "name the public 'standard' it comes from, or say why it is the pack's 'own_choice' (one of the two)");
            }
        }
        problems.throwIfAny();
        return new Thresholds(list);
    }
}
