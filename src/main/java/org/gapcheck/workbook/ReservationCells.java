package org.gapcheck.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;

/** A reservation as its row holds it: the law that governs the measure and the reason it is not taken, each text. */
record ReservationCells(String law, String reason) {

    static ReservationCells of(@Nullable JsonNode stated) {
        return stated == null ? new ReservationCells("", "") : new ReservationCells(stated.path("law").asText(""),
                stated.path("reason").asText(""));
    }

    /** The reservation these cells state, as stored (null: none). */
    @Nullable JsonNode json() {
        if (law.isEmpty() && reason.isEmpty()) {
            return null;
        }
        ObjectNode stated = JsonNodeFactory.instance.objectNode();
        if (!law.isEmpty()) {
            stated.put("law", law);
        }
        if (!reason.isEmpty()) {
            stated.put("reason", reason);
        }
        return stated;
    }
}
