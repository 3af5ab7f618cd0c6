package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.http.Refusal;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.QuestionnaireChange;
import org.gapcheck.questionnaire.QuestionnaireChange.Moves;
import org.gapcheck.submission.Pointer;

/**
 * The reader's upgrade step: every read of a stored submission checks the format it was stored in
 * and reads its items under the active questionnaire. Format 1 is the only one so far (items as
 * their submission JSON, the draft a log of changes); a later format refuses to be read by this
 * Gapcheck rather than be misread. A submission stored under the questionnaire of an earlier pack
 * version goes through every later change of {@code questionnaire/changes.yaml}, oldest first:
 * a renamed item moves to its new code, a removed one is lost (and listed), and so is a renamed
 * one whose new code is answered already. Submitted versions are never rewritten (their SHA-256
 * is the receipt's): they are upgraded as they are read.
 */
final class Upgrades {

    /** The storage format this Gapcheck writes and reads. */
    static final int FORMAT_VERSION = 1;

    private Upgrades() {
    }

    /** An item that moved to another code. */
    record Moved(String from, String to) {
    }

    /** An answer the questionnaire no longer asks, with the value it had. */
    record Lost(String item, JsonNode value, String reason) {
    }

    /**
     * The items as the active questionnaire reads them.
     *
     * @param from  the pack version whose questionnaire they were stored under
     * @param to    the active pack version
     * @param moved items renamed, lost items dropped; both empty where nothing changed
     */
    record Upgraded(Map<String, JsonNode> items, String from, String to, List<Moved> moved, List<Lost> lost) {

        boolean changed() {
            return !moved.isEmpty() || !lost.isEmpty();
        }
    }

    /** Refuses a submission stored in a format this Gapcheck does not know. */
    static void readable(int formatVersion, String what) {
        if (formatVersion != FORMAT_VERSION) {
            throw Refusal.of(409, "submission/format-unsupported", "Stored in another format", unsupported(formatVersion, what));
        }
    }

    static String unsupported(int formatVersion, String what) {
        return what + " is stored in format " + formatVersion + "; this Gapcheck reads format " + FORMAT_VERSION
                + " only. It was written by " + (formatVersion > FORMAT_VERSION ? "a later" : "another")
                + " Gapcheck: read it with that one. Nothing was changed.";
    }

    /** {@code items}, stored under the questionnaire of pack {@code from}, read under {@code questionnaire} (pack {@code to}). */
    static Upgraded items(Map<String, JsonNode> items, String from, Questionnaire questionnaire, String to) {
        List<QuestionnaireChange> changes = questionnaire.changesAfter(from);
        if (changes.isEmpty()) {
            return new Upgraded(items, from, to, List.of(), List.of());
        }
        Map<String, JsonNode> now = new LinkedHashMap<>(items);
        Map<String, String> origin = new LinkedHashMap<>();   // an item's pointer now -> where it was stored
        List<Lost> lost = new ArrayList<>();
        for (QuestionnaireChange change : changes) {
            Map<String, JsonNode> next = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> item : now.entrySet()) {
                String pointer = item.getKey();
                String group = group(pointer);
                Moves moves = group == null ? Moves.NONE : change.in(group);
                String code = group == null ? null : Pointer.unescape(pointer.substring(group.length() + 2));
                String renamed = code == null ? null : moves.renamed().get(code);
                String stored = origin.getOrDefault(pointer, pointer);
                if (renamed != null || code != null && moves.removed().contains(code)) {
                    origin.remove(pointer);
                }
                if (code != null && moves.removed().contains(code)) {
                    lost.add(new Lost(stored, item.getValue(), "removed from the questionnaire in " + change.version()));
                } else if (renamed == null) {
                    next.put(pointer, item.getValue());
                } else if (now.containsKey(Pointer.of(group, renamed))) {
                    lost.add(new Lost(stored, item.getValue(), "renamed to " + renamed + " in " + change.version()
                            + ", which is answered already"));
                } else {
                    next.put(Pointer.of(group, renamed), item.getValue());
                    origin.put(Pointer.of(group, renamed), stored);
                }
            }
            now = next;
        }
        List<Moved> moved = now.keySet().stream().filter(origin::containsKey).map(p -> new Moved(origin.get(p), p)).toList();
        return new Upgraded(now, from, to, moved, List.copyOf(lost));
    }

    /** A submitted version's items, stored as {@code json} under the questionnaire of pack {@code from}, read under the active pack's. */
    static Upgraded stored(String json, String from, org.gapcheck.core.RulePack pack) {
        return items(DraftItems.of(Drafts.parse(json)), from, pack.questionnaire(), pack.manifest().version());
    }

    private static String group(String pointer) {
        for (String group : QuestionnaireChange.GROUPS) {
            if (pointer.startsWith("/" + group + "/")) {
                return group;
            }
        }
        return null;
    }
}
