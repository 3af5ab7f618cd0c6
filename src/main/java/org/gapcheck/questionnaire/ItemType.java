package org.gapcheck.questionnaire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The kinds of answer an item takes. Every item also takes "not_known", which is not "no". */
public enum ItemType {
    @JsonProperty("yes_no") YES_NO(List.of("yes", "no")),
    @JsonProperty("yes_partly_no") YES_PARTLY_NO(List.of("yes", "partly", "no")),
    /** For "consider" recommendations: adopted, examined and documented without adopting, or neither. */
    @JsonProperty("yes_considered_no") YES_CONSIDERED_NO(List.of("yes", "considered", "no")),
    @JsonProperty("number") NUMBER(List.of()),
    @JsonProperty("percentage") PERCENTAGE(List.of()),
    @JsonProperty("choice") CHOICE(List.of()),
    /** A year, or "never" when the thing asked about has never happened (a gap, where "not_known" is a reporting gap). */
    @JsonProperty("year") YEAR(List.of("never")),
    @JsonProperty("text") TEXT(List.of());

    private final List<String> tokens;

    ItemType(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The fixed answers of a yes/no-like type, and "never" for a year; empty for the others. */
    public List<String> tokens() {
        return tokens;
    }

    public boolean numeric() {
        return this == NUMBER || this == PERCENTAGE || this == YEAR;
    }

    /** The name used in files and JSON, e.g. {@code yes_partly_no}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
