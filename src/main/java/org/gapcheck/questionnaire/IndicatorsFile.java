package org.gapcheck.questionnaire;

import java.util.List;

/** {@code questionnaire/indicators.yaml}. */
public record IndicatorsFile(List<Indicator> indicators) {
}
