package org.gapcheck.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * What pack {@code version} renamed or removed, per group of a submission's items: answers by item
 * code, profile fields and indicators by theirs. Answers stored under an earlier questionnaire are
 * read under this one by applying every later change in order (see the workflow's upgrade step).
 */
public record QuestionnaireChange(String version, Moves answers, Moves profile, Moves indicators) {

    /** The submission groups a change may move codes in, as the submission names them. */
    public static final List<String> GROUPS = List.of("answers", "profile", "indicators");

    /** Old code to new code, and codes gone with their answers. */
    public record Moves(Map<String, String> renamed, List<String> removed) {

        public static final Moves NONE = new Moves(Map.of(), List.of());

        public Map<String, String> renamed() {
            return renamed == null ? Map.of() : renamed;
        }

        public List<String> removed() {
            return removed == null ? List.of() : removed;
        }

        boolean isEmpty() {
            return renamed().isEmpty() && removed().isEmpty();
        }
    }

    /** The moves of {@code group} (one of {@link #GROUPS}). */
    public Moves in(String group) {
        Moves moves = switch (group) {
            case "answers" -> answers;
            case "profile" -> profile;
            case "indicators" -> indicators;
            default -> throw new IllegalArgumentException("no group " + group);
        };
        return moves == null ? Moves.NONE : moves;
    }
}
