package org.gapcheck.questionnaire;

import java.util.List;

/** {@code questionnaire/items/chapter-N.yaml}. */
public record ItemsFile(Integer chapter, List<Item> items) {
}
