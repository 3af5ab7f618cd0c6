package org.gapcheck.catalogue;

import java.util.List;

/** {@code catalogue/chapters.yaml}. */
public record ChaptersFile(String document, List<Chapter> chapters) {
}
