package org.gapcheck.app;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import org.gapcheck.workflow.SectionDrafts;

/**
 * How a page marks the answers still as carried over from the last cycle: a note at the top
 * ({@code carriedBanner}) saying how many and that saving the page confirms them, and beside each
 * such answer the tag this gives.
 */
final class CarriedMarks {

    private CarriedMarks() {
    }

    /** Puts the page's note into {@code view} where it holds carried answers, and gives the tag for each (null: the draft carried none). */
    static @Nullable String mark(Map<String, Object> view, SectionDrafts.Carried carried, Messages m) {
        if (carried.from() == null) {
            return null;
        }
        String year = String.valueOf(carried.from());
        if (!carried.items().isEmpty()) {
            view.put("carriedBanner", m.get("carried_banner", "n", carried.items().size(), "year", year));
        }
        return m.get("carried_tag", "year", year);
    }
}
