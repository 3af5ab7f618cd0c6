package org.gapcheck.submission;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads JSON into a tree, reporting every duplicate key (with its pointer, line and column) and
 * reading on, where Jackson's strict mode would stop at the first. Broken JSON is one error with
 * its line and column: nothing after it can be trusted. So is a number that no number type can
 * hold (an exponent of more digits than an int has): it is refused at its pointer, never read
 * as infinity or zero.
 */
final class JsonTree {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20).build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(false);

    private JsonTree() {
    }

    static Optional<JsonNode> parse(byte[] json, List<SubmissionError> errors) {
        int invalid = Utf8.firstInvalid(json);
        if (invalid >= 0) {
            errors.add(Utf8.error(json, invalid));
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                errors.add(new SubmissionError("", "malformed_json", "the document is empty", 1, 1));
                return Optional.empty();
            }
            JsonNode root = value(parser, Trail.ROOT, errors);
            return end(parser, errors) ? Optional.of(root) : Optional.empty();
        } catch (Unreadable e) {
            errors.add(e.error);
            return Optional.empty();
        } catch (JsonParseException e) {
            errors.add(malformed(e));
            return Optional.empty();
        } catch (IOException e) {
            errors.add(unreadable(e));
            return Optional.empty();
        }
    }

    /** One JSON document per body: false, with an error, when anything follows it. */
    static boolean end(JsonParser parser, List<SubmissionError> errors) throws IOException {
        if (parser.nextToken() == null) {
            return true;
        }
        JsonLocation at = parser.currentTokenLocation();
        errors.add(new SubmissionError("", "malformed_json", "unexpected content after the end of the document",
                at.getLineNr(), at.getColumnNr()));
        return false;
    }

    static SubmissionError malformed(JsonParseException e) {
        JsonLocation at = e.getLocation();
        return new SubmissionError("", "malformed_json", "not valid JSON: " + e.getOriginalMessage(),
                at == null ? null : at.getLineNr(), at == null ? null : at.getColumnNr());
    }

    static SubmissionError unreadable(IOException e) {
        return new SubmissionError("", "malformed_json", "not readable as JSON: " + e.getMessage(), null, null);
    }

    /**
     * Where a value stands, as a chain of segments: its JSON Pointer is built only for an error,
     * since most documents have none and a pointer per value is a string per value.
     */
    private record Trail(Trail parent, String segment) {
        static final Trail ROOT = new Trail(null, null);

        Trail child(String name) {
            return new Trail(this, name);
        }

        String pointer() {
            return parent == null ? "" : parent.pointer() + "/" + Pointer.escape(segment);
        }
    }

    private static JsonNode value(JsonParser parser, Trail path, List<SubmissionError> errors) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser, path, errors);
            case START_ARRAY -> array(parser, path, errors);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(decimal(parser, path));
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "unexpected " + parser.currentToken());
        };
    }

    private static BigDecimal decimal(JsonParser parser, Trail path) throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException e) {
            JsonLocation at = parser.currentTokenLocation();
            String text = parser.getText();
            throw new Unreadable(new SubmissionError(path.pointer(), "out_of_range", "the number "
                    + (text.length() <= 40 ? text : text.substring(0, 40) + "...") + " is beyond any number a submission can hold",
                    at.getLineNr(), at.getColumnNr()));
        }
    }

    /** A value that stops the reading, with its error. */
    private static final class Unreadable extends RuntimeException {
        private final transient SubmissionError error;

        Unreadable(SubmissionError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    private static ObjectNode object(JsonParser parser, Trail path, List<SubmissionError> errors) throws IOException {
        ObjectNode node = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            // The location is asked for only when it is needed: the key is a duplicate.
            JsonLocation duplicate = node.has(name) ? parser.currentTokenLocation() : null;
            parser.nextToken();
            Trail child = path.child(name);
            JsonNode value = value(parser, child, errors);
            if (duplicate != null) {
                errors.add(new SubmissionError(child.pointer(), "duplicate_key",
                        "key '" + name + "' appears more than once; the first one is kept", duplicate.getLineNr(), duplicate.getColumnNr()));
            } else {
                node.set(name, value);
            }
        }
        return node;
    }

    private static ArrayNode array(JsonParser parser, Trail path, List<SubmissionError> errors) throws IOException {
        ArrayNode node = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            node.add(value(parser, path.child(Integer.toString(index++)), errors));
        }
        return node;
    }
}
