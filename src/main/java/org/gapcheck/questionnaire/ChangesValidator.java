package org.gapcheck.questionnaire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gapcheck.pack.PackYaml.Parsed;
import org.gapcheck.pack.Problems;
import org.gapcheck.pack.SemanticVersion;
import org.gapcheck.questionnaire.QuestionnaireChange.Moves;

/**
 * The rules of {@code questionnaire/changes.yaml}, which keep reading a stored submission under a
 * later questionnaire sound: versions in order and not after the pack's own; a code renamed or
 * removed is no longer asked, a rename leads to a code that is asked (or moves on later), and a
 * code that left the questionnaire never comes back, so an answer is never read as another
 * question's.
 */
final class ChangesValidator {

    private final Problems problems = new Problems();

    List<QuestionnaireChange> check(Parsed<ChangesFile> parsed, String packVersion, Questionnaire current) {
        List<QuestionnaireChange> changes = Problems.orEmpty(parsed.value().changes());
        Optional<SemanticVersion> pack = SemanticVersion.parse(packVersion);
        SemanticVersion previous = null;
        Map<String, String> left = new HashMap<>();   // group/code -> the version it left in
        for (int i = 0; i < changes.size(); i++) {
            QuestionnaireChange change = changes.get(i);
            String name = change.version();
            if (!problems.required(parsed, change, name, "version", change.version())) {
                continue;
            }
            Optional<SemanticVersion> version = SemanticVersion.parse(change.version());
            if (version.isEmpty()) {
                problems.add(parsed, change, name, "changes/bad-version", "version '" + change.version()
                        + "' is not a pack version (MAJOR.MINOR.PATCH)");
                continue;
            }
            if (previous != null && version.get().compareTo(previous) <= 0) {
                problems.add(parsed, change, name, "changes/order", "version " + name + " comes after " + previous
                        + "; list the changes oldest first, one entry per version");
            }
            if (pack.isPresent() && version.get().compareTo(pack.get()) > 0) {
                problems.add(parsed, change, name, "changes/after-pack", "version " + name + " is later than the pack's own, "
                        + packVersion + " (pack.yaml)");
            }
            previous = version.get();
            boolean empty = true;
            for (String group : QuestionnaireChange.GROUPS) {
                Moves moves = change.in(group);
                empty &= moves.isEmpty();
                moves(parsed, change, group, moves, changes.subList(i + 1, changes.size()), current, left);
            }
            if (empty) {
                problems.add(parsed, change, name, "changes/empty", "version " + name + " renames and removes nothing; drop the entry");
            }
        }
        return changes;
    }

    private void moves(Parsed<ChangesFile> parsed, QuestionnaireChange change, String group, Moves moves,
                       List<QuestionnaireChange> later, Questionnaire current, Map<String, String> left) {
        String name = change.version();
        Map<String, String> here = new HashMap<>();
        moves.renamed().forEach((from, to) -> {
            leaves(parsed, change, group, from, "renamed", current, left, here);
            if (to == null || to.isBlank()) {
                problems.add(parsed, change, name, "field/missing", group + ": '" + from + "' is renamed to nothing");
            } else if (left.containsKey(group + "/" + to) || here.containsKey(to)) {
                problems.add(parsed, change, name, "changes/code-reused", group + ": '" + from + "' is renamed to '" + to
                        + "', a code that left the questionnaire in " + left.getOrDefault(group + "/" + to, name)
                        + "; a code never comes back, or old answers would be read as the new question's");
            } else if (!current.codes(group).contains(to) && later.stream().noneMatch(c -> c.in(group).renamed().containsKey(to)
                    || c.in(group).removed().contains(to))) {
                problems.add(parsed, change, name, "changes/unknown-target", group + ": '" + from + "' is renamed to '" + to
                        + "', which the questionnaire does not ask and no later version renames or removes");
            }
        });
        moves.removed().forEach(code -> leaves(parsed, change, group, code, "removed", current, left, here));
        here.forEach((code, version) -> left.put(group + "/" + code, version));
    }

    /** {@code code} leaves the questionnaire in this change: it must be asked no more and leave only once. */
    private void leaves(Parsed<ChangesFile> parsed, QuestionnaireChange change, String group, String code, String how,
                        Questionnaire current, Map<String, String> left, Map<String, String> here) {
        String name = change.version();
        if (code == null || code.isBlank()) {
            problems.add(parsed, change, name, "field/missing", group + ": a " + how + " code is blank");
        } else if (current.codes(group).contains(code)) {
            problems.add(parsed, change, name, "changes/still-asked", group + ": '" + code + "' is " + how + " in " + name
                    + " but the questionnaire still asks it");
        } else if (left.containsKey(group + "/" + code) || here.putIfAbsent(code, name) != null) {
            problems.add(parsed, change, name, "changes/code-reused", group + ": '" + code + "' already left the questionnaire in "
                    + left.getOrDefault(group + "/" + code, name) + "; a code leaves once");
        }
    }

    void throwIfAny() {
        problems.throwIfAny();
    }
}
