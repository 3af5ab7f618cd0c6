package org.gapcheck.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.pack.PackYaml;

/**
 * {@code review-pending.yaml}: the criteria not yet reviewed against {@code rules/REVIEW.md}. Their
 * defects are warnings; every other criterion's are errors. A pack without the file has nothing
 * pending. The list only shrinks: when it is empty the file goes.
 */
record ReviewPending(String file, Map<String, Integer> criteria, List<PackProblem> loadProblems) {

    static final String FILE = "review-pending.yaml";

    /** The file as the pack's reader reads it: one list, {@code criteria}, of criterion ids. */
    record PendingFile(List<String> criteria) {
    }

    static ReviewPending load(PackSource source) {
        String display = source.display(FILE);
        Optional<String> text = source.read(FILE);
        if (text.isEmpty()) {
            return new ReviewPending(display, Map.of(), List.of());
        }
        List<PackProblem> problems = new ArrayList<>();
        Optional<PackYaml.Parsed<PendingFile>> parsed = PackYaml.read(source, FILE, PendingFile.class, problems);
        Map<String, Integer> lines = new HashMap<>();
        if (parsed.isPresent()) {
            String[] rows = text.get().split("\n", -1);
            for (String id : parsed.get().value().criteria() == null ? List.<String>of() : parsed.get().value().criteria()) {
                int line = 0;
                for (int i = 0; i < rows.length && line == 0; i++) {
                    line = rows[i].contains("\"" + id + "\"") || rows[i].strip().equals("- " + id) ? i + 1 : 0;
                }
                if (lines.putIfAbsent(id, line) != null) {
                    problems.add(new PackProblem(display, line, 0, id, "review-pending/duplicate", "listed twice"));
                }
            }
        }
        return new ReviewPending(display, Map.copyOf(lines), List.copyOf(problems));
    }

    boolean contains(String criterion) {
        return criteria.containsKey(criterion);
    }

    /** Entries that name no criterion, and the file's own problems. */
    List<ValidationFinding> problems(RulePack pack) {
        List<ValidationFinding> out = new ArrayList<>();
        loadProblems.forEach(p -> out.add(ValidationFinding.of("review-pending", p)));
        Set<String> ids = pack.ruleBase().criteria().stream().map(CriterionDef::id).collect(Collectors.toSet());
        criteria.forEach((id, line) -> {
            if (!ids.contains(id)) {
                out.add(new ValidationFinding(ValidationFinding.ERROR, "review-pending", "review-pending/unknown-criterion", file, line, null, id,
                        "names no criterion of the pack: remove it"));
            }
        });
        return out;
    }
}
