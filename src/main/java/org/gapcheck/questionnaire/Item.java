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
}
