package org.gapcheck.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;

/**
 * A section's answers as the page's form holds them, field by field, and back. Per item CODE:
 * {@code v:CODE} the value (a radio's token, or the typed figure, year or text), {@code nk:CODE}
 * "not known" and {@code never:CODE} "never" beside a typed answer, and {@code doc:CODE},
 * {@code law:CODE}, {@code url:CODE}, {@code note:CODE} its source and note. A form sends every
 * item of its section, so an item left empty is cleared.
 */
final class SectionForm {

    static final String NOT_KNOWN = "not_known";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SectionForm() {
    }

    /** What the form holds for one item, as typed (or as stored, shown again). */
    record Fields(String value, boolean notKnown, boolean never, String document, String law, String url, String note) {

        boolean hasSourceOrNote() {
            return !document.isBlank() || !law.isBlank() || !url.isBlank() || !note.isBlank();
        }
    }

    /** Each item's fields as the form sent them. */
    static Map<String, Fields> read(List<Item> items, Map<String, Object> form) {
        Map<String, Fields> out = new LinkedHashMap<>();
        for (Item item : items) {
            String c = item.code();
            out.put(c, new Fields(Forms.value(form, "v:" + c).trim(), !Forms.value(form, "nk:" + c).isEmpty(),
                    !Forms.value(form, "never:" + c).isEmpty(), Forms.value(form, "doc:" + c).trim(), Forms.value(form, "law:" + c).trim(),
                    Forms.value(form, "url:" + c).trim(), Forms.value(form, "note:" + c).trim()));
        }
        return out;
    }

    /** Each item's fields for a stored answer (a value, or an object of value, source and note). */
    static Fields of(Item item, JsonNode answer) {
        if (answer == null) {
            return new Fields("", false, false, "", "", "", "");
        }
        JsonNode value = answer.isObject() ? answer.path("value") : answer;
        JsonNode source = answer.path("source");
        String text = value.isMissingNode() || value.isNull() ? "" : value.isNumber() ? value.decimalValue().stripTrailingZeros()
                .toPlainString() : value.asText();
        boolean typed = item.type().numeric() || item.type() == ItemType.TEXT;
        boolean notKnown = typed && NOT_KNOWN.equals(text);
        boolean never = item.type() == ItemType.YEAR && "never".equals(text);
        return new Fields(notKnown || never ? "" : text, notKnown, never, source.path("document").asText(""),
                source.path("law").asText(""), source.path("url").asText(""), answer.path("note").asText(""));
    }

    /**
     * The merge patch of the submission the form's fields make: each item its answer, or null
     * (cleared) where it holds nothing. A typed figure is a JSON number; anything else is sent as
     * typed, so the submission reader says what is wrong with it, at its item.
     */
    static ObjectNode patch(List<Item> items, Map<String, Fields> fields) {
        ObjectNode answers = NODES.objectNode();
        for (Item item : items) {
            Fields f = fields.get(item.code());
            JsonNode value = value(item, f);
            if (value == null && !f.hasSourceOrNote()) {
                answers.putNull(item.code());
            } else if (!f.hasSourceOrNote()) {
                answers.set(item.code(), value);
            } else {
                ObjectNode answer = answers.putObject(item.code());
                if (value != null) {
                    answer.set("value", value);
                }
                if (!f.document().isBlank() || !f.law().isBlank() || !f.url().isBlank()) {
                    ObjectNode source = answer.putObject("source");
                    putIfGiven(source, "document", f.document());
                    putIfGiven(source, "law", f.law());
                    putIfGiven(source, "url", f.url());
                }
                putIfGiven(answer, "note", f.note());
            }
        }
        ObjectNode patch = NODES.objectNode();
        patch.set("answers", answers);
        return patch;
    }

    /** A reservation as the form holds it: the governing law and the reason the measure is not taken. */
    record Reservation(String law, String reason) {

        static Reservation of(JsonNode stated) {
            return stated == null ? new Reservation("", "") : new Reservation(stated.path("law").asText(""), stated.path("reason").asText(""));
        }
    }

    /** Each reservable criterion's fields ({@code rl:ID}, {@code rr:ID}) as the form sent them. */
    static Map<String, Reservation> reservations(List<String> criteria, Map<String, Object> form) {
        Map<String, Reservation> out = new LinkedHashMap<>();
        criteria.forEach(id -> out.put(id, new Reservation(Forms.value(form, "rl:" + id).trim(), Forms.value(form, "rr:" + id).trim())));
        return out;
    }

    /** Adds the reservations to the patch: each one given, or null (withdrawn) where both fields are empty. */
    static void addReservations(ObjectNode patch, Map<String, Reservation> reservations) {
        ObjectNode out = patch.putObject("reservations");
        reservations.forEach((id, r) -> {
            if (r.law().isEmpty() && r.reason().isEmpty()) {
                out.putNull(id);
            } else {
                ObjectNode stated = out.putObject(id);
                putIfGiven(stated, "law", r.law());
                putIfGiven(stated, "reason", r.reason());
            }
        });
    }

    /** The value the fields give, or null for none. */
    private static JsonNode value(Item item, Fields f) {
        if (f.notKnown()) {
            return NODES.textNode(NOT_KNOWN);
        }
        if (f.never()) {
            return NODES.textNode("never");
        }
        if (f.value().isEmpty()) {
            return null;
        }
        return item.type().numeric() ? figure(f.value()) : NODES.textNode(f.value());
    }

    /** A typed figure as a JSON number; anything else as the text typed, which the submission reader refuses at its field. */
    static JsonNode figure(String typed) {
        if (NUMBER.matcher(typed).matches()) {
            if (typed.contains(".")) {
                return NODES.numberNode(Double.parseDouble(typed));
            }
            BigInteger whole = new BigInteger(typed);
            return whole.bitLength() < 64 ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
        }
        return NODES.textNode(typed);
    }

    private static void putIfGiven(ObjectNode node, String field, String value) {
        if (!value.isBlank()) {
            node.put(field, value);
        }
    }
}
