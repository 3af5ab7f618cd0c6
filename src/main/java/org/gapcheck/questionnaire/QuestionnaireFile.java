package org.gapcheck.questionnaire;

import java.util.List;

/** {@code questionnaire/questionnaire.yaml}. */
public record QuestionnaireFile(String title, String notKnown, List<Section> sections, List<Region> regions) {
}
