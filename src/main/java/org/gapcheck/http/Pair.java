package org.gapcheck.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import org.gapcheck.json.Json;

/**
 * A request body holding a submission, or a submission and the previous one to compare it with:
 * {"submission": {...}, "previous": {...}}. Those two keys never occur in a submission, so the
 * wrapper is told apart without ambiguity; anything else is passed on as it came.
 */
record Pair(byte[] submission, byte[] previous) {

    private static final Set<String> KEYS = Set.of("submission", "previous");

    static Pair of(byte[] body) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (Exception e) {
            return new Pair(body, null); // the reader reports broken JSON with its line and column
        }
        if (root == null || !root.isObject() || !root.has("submission")) {
            return new Pair(body, null);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            if (!KEYS.contains(it.next())) {
                return new Pair(body, null);
            }
        }
        return new Pair(bytes(root.get("submission")), root.has("previous") ? bytes(root.get("previous")) : null);
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
