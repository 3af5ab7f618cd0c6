package org.gapcheck.questionnaire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One question of the questionnaire and the recommendations its answer informs. {@code better}
 * (number, percentage and year items) says which way an answer improves: higher, lower, or
 * context for a figure no criterion compares.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Item(String code, String section, String question, ItemType type, Aspect aspect,
                   List<String> recommendations, String help, String unit, Double min, Double max,
                   List<Choice> choices, String standard, String better) {

    /** The answers a non-numeric, non-text item accepts, besides "not_known". */
    @JsonIgnore
    public List<String> allowedTokens() {
        return type == ItemType.CHOICE ? choices.stream().map(Choice::value).toList() : type.tokens();
    }

    /** The least a numeric answer may be: a year item's {@link Years#EARLIEST_ANSWER}, any other item's {@code min}. */
    @JsonIgnore
    public double lowest() {
        return type == ItemType.YEAR ? Years.EARLIEST_ANSWER : min;
    }

    /** The most a numeric answer may be: a year item's {@link Years#LAST_REPORTING}, any other item's {@code max}. */
    @JsonIgnore
    public double highest() {
        return type == ItemType.YEAR ? Years.LAST_REPORTING : max;
    }
}
