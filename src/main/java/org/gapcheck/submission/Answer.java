package org.gapcheck.submission;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A validated answer to one item. Exactly one of {@code token} (yes, no, partly, considered, a
 * choice, or not_known), {@code number} and {@code text} is set, as the item's type says.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(String item, String token, Double number, String text, Source source, String note) {

    public static final String NOT_KNOWN = "not_known";
    /** A year item's answer when the thing asked about has never happened: worse than any year. */
    public static final String NEVER = "never";

    @JsonIgnore
    public boolean notKnown() {
        return NOT_KNOWN.equals(token);
    }

    /** The answer as a report prints it. */
    @JsonIgnore
    public String display() {
        if (token != null) {
            return token;
        }
        if (number != null) {
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf(number.longValue()) : number.toString();
        }
        return text;
    }
}
