package org.gapcheck.engine;

import java.util.List;

/**
 * An applicability rule: when the profile says every {@code field = value} of its conditions, it
 * rules out the recommendations and criteria it names ({@code @excludes}), for the {@code @reason} given.
 */
record Applicability(String name, String reason, List<String> targets, List<Condition> conditions, String file, int line) {

    /** One {@code says("field", "value")} test of the profile. */
    record Condition(String field, String value) {
    }
}
