package org.gapcheck.questionnaire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A fact of the country's situation that decides whether a recommendation applies. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileField(String code, String question, ItemType type, List<Choice> choices, String help) {

    @JsonIgnore
    public List<String> allowedTokens() {
        return type == ItemType.CHOICE ? choices.stream().map(Choice::value).toList() : type.tokens();
    }
}
