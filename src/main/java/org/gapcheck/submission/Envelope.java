package org.gapcheck.submission;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request body that wraps submissions ({"submission": {...}, "previous": {...}}, or a batch).
 * Each wrapped document is cut out of the body as its own bytes and handed to the same reader as a
 * submission posted alone, so duplicate keys, unknown keys and encoding are judged by one set of
 * rules wherever a submission stands; the wrapper's own keys are read as strictly (no duplicates,
 * no unknown keys, UTF-8, one JSON document per body).
 */
public final class Envelope {

    private Envelope() {
    }

    /** One wrapped value: its JSON Pointer in the body, its bytes, and where it starts (line, column). */
    public record Part(String pointer, byte[] bytes, int line, int column) {

        /** An error of the part, as it stands in the whole body: pointer prefixed, line and column shifted. */
        public SubmissionError rebase(SubmissionError e) {
            return e.line() == null ? new SubmissionError(pointer + e.path(), e.code(), e.message(), null, null)
                    : new SubmissionError(pointer + e.path(), e.code(), e.message(), lineOf(e.line()), columnOf(e.line(), e.column()));
        }

        /** A part found inside this one, placed in the body this one was cut from. */
        Part rebaseOnto(Part inner) {
            return new Part(pointer + inner.pointer, inner.bytes, lineOf(inner.line), columnOf(inner.line, inner.column));
        }

        private int lineOf(int innerLine) {
            return innerLine + line - 1;
        }

        private int columnOf(int innerLine, int innerColumn) {
            return innerLine == 1 ? innerColumn + column - 1 : innerColumn;
        }

        /** The part as a JSON value of its own, or empty with errors already rebased. */
        public Optional<com.fasterxml.jackson.databind.JsonNode> tree(List<SubmissionError> errors) {
            List<SubmissionError> own = new ArrayList<>();
            Optional<com.fasterxml.jackson.databind.JsonNode> node = JsonTree.parse(bytes, own);
            own.stream().map(this::rebase).forEach(errors::add);
            return node;
        }
    }

    /**
     * The first key of a body that is a JSON object, read without reading on; empty for anything
     * else, broken JSON included (the reader that follows reports it with its line and column).
     */
    public static Optional<String> firstKey(byte[] body) {
        try (JsonParser parser = JsonTree.FACTORY.createParser(body)) {
            return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    ? Optional.of(parser.currentName()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The members of a body that is one JSON object, by key. Broken JSON, invalid UTF-8, a key given
     * twice, a key not in {@code allowed} and content after the object are errors; the members read
     * before an error are still returned so that every error can be found.
     */
    public static Map<String, Part> members(byte[] body, Set<String> allowed, List<SubmissionError> errors) {
        Map<String, Part> members = new LinkedHashMap<>();
        if (!utf8(body, errors)) {
            return members;
        }
        try (JsonParser parser = JsonTree.FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                errors.add(new SubmissionError("", first == null ? "malformed_json" : "wrong_type", first == null
                        ? "the body is empty" : "the body is a JSON object with the keys " + String.join(", ", allowed), 1, 1));
                return members;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                parser.nextToken();
                Part part = part(parser, body, "/" + Pointer.escape(name));
                if (!allowed.contains(name)) {
                    errors.add(new SubmissionError("/" + Pointer.escape(name), "unknown_field", "unknown key '" + name
                            + "' (allowed: " + String.join(", ", allowed) + ")" + SubmissionReader.suggestion(name, List.copyOf(allowed)),
                            at.getLineNr(), at.getColumnNr()));
                } else if (members.putIfAbsent(name, part) != null) {
                    errors.add(new SubmissionError("/" + Pointer.escape(name), "duplicate_key", "key '" + name
                            + "' appears more than once", at.getLineNr(), at.getColumnNr()));
                }
            }
            JsonTree.end(parser, errors);
        } catch (JsonParseException e) {
            errors.add(JsonTree.malformed(e));
        } catch (IOException e) {
            errors.add(JsonTree.unreadable(e));
        }
        return members;
    }

    /** The elements of a JSON array (a whole body, or a part of one), each a part of its own. */
    public static List<Part> elements(Part array, List<SubmissionError> errors) {
        List<Part> elements = new ArrayList<>();
        if (!utf8(array.bytes(), errors)) {
            return elements;
        }
        List<SubmissionError> own = new ArrayList<>();
        try (JsonParser parser = JsonTree.FACTORY.createParser(array.bytes())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                own.add(new SubmissionError("", "wrong_type", "a JSON array of submissions is expected here", 1, 1));
            } else {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(array.rebaseOnto(part(parser, array.bytes(), "/" + elements.size())));
                }
                JsonTree.end(parser, own);
            }
        } catch (JsonParseException e) {
            own.add(JsonTree.malformed(e));
        } catch (IOException e) {
            own.add(JsonTree.unreadable(e));
        }
        own.stream().map(array::rebase).forEach(errors::add);
        return elements;
    }

    /** The whole body as a part, for a batch that is a bare array. */
    public static Part whole(byte[] body) {
        return new Part("", body, 1, 1);
    }

    private static Part part(JsonParser parser, byte[] body, String pointer) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        boolean container = parser.currentToken().isStructStart();
        parser.skipChildren();
        parser.finishToken(); // a string is read lazily: its end is found only now
        int from = (int) start.getByteOffset();
        int to = (int) parser.currentLocation().getByteOffset();
        if (!container) {
            // a scalar's text never ends in a separator; the parser may have read one past its end
            while (to > from && " \t\r\n,}]".indexOf(body[to - 1]) >= 0) {
                to--;
            }
        }
        return new Part(pointer, Arrays.copyOfRange(body, from, to), start.getLineNr(), start.getColumnNr());
    }

    private static boolean utf8(byte[] body, List<SubmissionError> errors) {
        int invalid = Utf8.firstInvalid(body);
        if (invalid >= 0) {
            errors.add(Utf8.error(body, invalid));
        }
        return invalid < 0;
    }

}
