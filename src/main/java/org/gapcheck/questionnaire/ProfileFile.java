package org.gapcheck.questionnaire;

import java.util.List;

/** {@code questionnaire/profile.yaml}. */
public record ProfileFile(List<ProfileField> fields) {
}
