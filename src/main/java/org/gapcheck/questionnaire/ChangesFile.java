package org.gapcheck.questionnaire;

import java.util.List;

/** {@code questionnaire/changes.yaml}: the items renamed or removed, by the pack version that did it. */
public record ChangesFile(List<QuestionnaireChange> changes) {
}
