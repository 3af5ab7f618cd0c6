package org.gapcheck.engine;

import java.util.Map;

/**
 * The fact applicability rules match: the country profile the State reports, and the fields the
 * pack derives from its own data about the country (regions.yaml), which the submission cannot set.
 * An absent field is unknown and rules nothing out.
 */
public final class Profile {

    private final Map<String, String> fields;
    private final Map<String, String> derived;

    public Profile(Map<String, String> fields) {
        this(fields, Map.of());
    }

    public Profile(Map<String, String> fields, Map<String, String> derived) {
        this.fields = fields;
        this.derived = derived;
    }

    /** Whether the profile gives {@code value} for {@code field} (e.g. says("illicit_cultivation", "no")). */
    public boolean says(String field, String value) {
        String given = derived.get(field);
        return value.equals(given != null ? given : fields.get(field));
    }
}
