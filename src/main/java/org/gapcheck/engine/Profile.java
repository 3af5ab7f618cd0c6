package org.gapcheck.engine;

import java.util.Map;

/** The fact applicability rules match: the country profile. An absent field is unknown and rules nothing out. */
public final class Profile {

    private final Map<String, String> fields;

    public Profile(Map<String, String> fields) {
        this.fields = fields;
    }

    /** Whether the profile gives {@code value} for {@code field} (e.g. says("illicit_cultivation", "no")). */
    public boolean says(String field, String value) {
        return value.equals(fields.get(field));
    }
}
