package org.gapcheck.questionnaire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One question of the questionnaire and the recommendations its answer informs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Item(String code, String section, String question, ItemType type, Aspect aspect,
                   List<String> recommendations, String help, String unit, Double min, Double max,
                   List<Choice> choices, String standard) {

    /** The answers a non-numeric, non-text item accepts, besides "not_known". */
    @JsonIgnore
    public List<String> allowedTokens() {
        return type == ItemType.CHOICE ? choices.stream().map(Choice::value).toList() : type.tokens();
    }
}
