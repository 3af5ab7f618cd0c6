package org.gapcheck.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.gapcheck.json.Json;

/**
 * A request body holding a submission, or a submission and the previous one to compare it with:
 * {"submission": {...}, "previous": {...}}. Neither key ever begins a submission, so the first key
 * tells the two apart without reading the body twice; a plain submission is passed on untouched.
 */
record Pair(byte[] submission, byte[] previous) {

    private static final Set<String> KEYS = Set.of("submission", "previous");

    static Pair of(byte[] body) {
        if (!startsWithWrapperKey(body)) {
            return new Pair(body, null);
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (Exception e) {
            return new Pair(body, null); // the reader reports broken JSON with its line and column
        }
        if (!root.has("submission")) {
            return new Pair(body, null);
        }
        return new Pair(bytes(root.get("submission")), root.has("previous") ? bytes(root.get("previous")) : null);
    }

    private static boolean startsWithWrapperKey(byte[] body) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(body)) {
            return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && KEYS.contains(parser.currentName());
        } catch (Exception e) {
            return false;
        }
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
