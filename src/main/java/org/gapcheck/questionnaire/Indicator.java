package org.gapcheck.questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A situation figure reported beside the 2019 challenges; {@code better} gives the direction of improvement. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(String code, String name, String unit, Double min, Double max, String better,
                        List<String> challenges, String source) {
}
