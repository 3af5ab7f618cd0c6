package org.gapcheck.workbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Map;
import org.gapcheck.json.Json;

/**
 * One answer as a row of the workbook holds it: the value's cell (a word of the item's list, a
 * figure, or text) and the source's document, law and web address and the note, each text. The
 * writer and the reader both go through here, so an answer written and read back unchanged is the
 * same JSON, and only the cells a person changed make a change.
 *
 * @param value a {@link String} or a {@link Double} (a figure); null for an empty cell
 */
record AnswerCells(@Nullable Object value, String document, String law, String url, String note) {

    static final AnswerCells EMPTY = new AnswerCells(null, "", "", "", "");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    boolean empty() {
        return value == null && document.isEmpty() && law.isEmpty() && url.isEmpty() && note.isEmpty();
    }

    /**
     * The cells of a stored answer (a value, or an object of value, source and note), its words
     * from {@code words} (a token such as {@code yes} or {@code not_known} to the word the list shows).
     */
    static AnswerCells of(@Nullable JsonNode answer, Map<String, String> words) {
        if (answer == null || answer.isNull()) {
            return EMPTY;
        }
        JsonNode value = answer.isObject() ? answer.path("value") : answer;
        JsonNode source = answer.path("source");
        Object cell = value.isMissingNode() || value.isNull() ? null : value.isNumber() ? (Object) value.doubleValue()
                : words.getOrDefault(value.asText(), value.asText());
        return new AnswerCells(cell, source.path("document").asText(""), source.path("law").asText(""), source.path("url").asText(""),
                answer.path("note").asText(""));
    }

    /**
     * The answer these cells make, as it would be stored (null: none): the value alone, or with its
     * source and note. {@code token} gives the token for a word of the list, or the text as it is.
     */
    @Nullable JsonNode json(java.util.function.UnaryOperator<String> token) {
        if (empty()) {
            return null;
        }
        JsonNode v = value == null ? null : value instanceof Double d ? number(d) : NODES.textNode(token.apply((String) value));
        if (document.isEmpty() && law.isEmpty() && url.isEmpty() && note.isEmpty()) {
            return v;
        }
        ObjectNode answer = NODES.objectNode();
        if (v != null) {
            answer.set("value", v);
        }
        if (!document.isEmpty() || !law.isEmpty() || !url.isEmpty()) {
            ObjectNode s = answer.putObject("source");
            putIfGiven(s, "document", document);
            putIfGiven(s, "law", law);
            putIfGiven(s, "url", url);
        }
        putIfGiven(answer, "note", note);
        return answer;
    }

    /** A figure as the stored JSON reads it back: a whole number as an integer, else a decimal. */
    static JsonNode number(double d) {
        String text = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a figure is JSON", e);
        }
    }

    private static void putIfGiven(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }
}
