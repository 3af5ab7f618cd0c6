package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.Pointer;
import org.gapcheck.submission.SubmissionError;

/**
 * A submission as items, each answerable field at its JSON Pointer: {@code /region},
 * {@code /profile/FIELD}, {@code /answers/CODE}, {@code /indicators/CODE},
 * {@code /reservations/CRITERION}. A save changes items; the country and the year are the
 * submission's own and never items.
 */
final class DraftItems {

    static final List<String> GROUPS = List.of("profile", "answers", "indicators", "reservations");
    private static final Set<String> PATCH_KEYS = Set.of("$schema", "country", "reporting_year", "region", "profile", "answers",
            "indicators", "reservations");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DraftItems() {
    }

    /** The items of a whole submission document. */
    static Map<String, JsonNode> of(JsonNode document) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        if (document.hasNonNull("region")) {
            items.put("/region", document.get("region"));
        }
        for (String group : GROUPS) {
            JsonNode members = document.get(group);
            if (members != null && members.isObject()) {
                members.fields().forEachRemaining(e -> items.put(Pointer.of(group, e.getKey()), e.getValue()));
            }
        }
        return items;
    }

    /** The document of {@code items}, as the submission reader reads it. */
    static ObjectNode document(String country, int year, Map<String, JsonNode> items) {
        ObjectNode document = NODES.objectNode();
        document.put("country", country);
        document.put("reporting_year", year);
        if (items.containsKey("/region")) {
            document.set("region", items.get("/region"));
        }
        for (String group : GROUPS) {
            ObjectNode members = NODES.objectNode();
            String prefix = "/" + group + "/";
            items.forEach((pointer, value) -> {
                if (pointer.startsWith(prefix)) {
                    members.set(Pointer.unescape(pointer.substring(prefix.length())), value);
                }
            });
            if (!members.isEmpty() || group.equals("profile") || group.equals("answers")) {
                document.set(group, members);
            }
        }
        return document;
    }

    /**
     * The items a JSON Merge Patch (RFC 7396) of the document sets, each with its new value or
     * {@link NullNode} to clear it.
     *
     * @throws InvalidSubmissionException where the patch is not a patch of this submission
     */
    static Map<String, JsonNode> patch(JsonNode patch, String country, int year) {
        List<SubmissionError> errors = new ArrayList<>();
        Map<String, JsonNode> items = new LinkedHashMap<>();
        if (patch == null || !patch.isObject()) {
            throw new InvalidSubmissionException(List.of(SubmissionError.at("", "wrong_type",
                    "a save is a JSON object, a merge patch of the submission: {\"answers\": {\"CODE\": ...}}")));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            String path = Pointer.of(key);
            if (!PATCH_KEYS.contains(key)) {
                errors.add(SubmissionError.at(path, "unknown_field", "'" + org.gapcheck.text.Printable.of(key)
                        + "' is not a field of a submission; a save sets region, profile, answers, indicators or reservations"));
            } else if (key.equals("country") && !(value.isTextual() && value.asText().equals(country))) {
                errors.add(SubmissionError.at(path, "other_country", "this is " + country + "'s submission"));
            } else if (key.equals("reporting_year") && !(value.canConvertToInt() && value.asInt() == year)) {
                errors.add(SubmissionError.at(path, "other_year", "this is the submission for " + year));
            } else if (key.equals("region")) {
                items.put(path, value);
            } else if (GROUPS.contains(key)) {
                if (!value.isObject()) {
                    errors.add(SubmissionError.at(path, "wrong_type", "'" + key + "' in a save is an object of the items to"
                            + " set (null clears one)"));
                } else {
                    value.fields().forEachRemaining(e -> items.put(Pointer.of(key, e.getKey()), e.getValue()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return items;
    }

    /** The answer code of an item, where it is one. */
    static String answerCode(String pointer) {
        return pointer.startsWith("/answers/") ? Pointer.unescape(pointer.substring("/answers/".length())) : null;
    }
}
