package org.gapcheck.validate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One expectation of one case, with what the rules concluded and which criteria said what. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseResult(String file, int line, String name, String recommendation, String expected, String actual,
                         List<String> criteria) {

    public boolean passed() {
        return expected.equals(actual);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + name + ": " + recommendation + " expected " + expected + ", was " + actual
                + (criteria == null || criteria.isEmpty() ? "" : "; criteria: " + String.join(", ", criteria));
    }
}
