package org.gapcheck.catalogue;

import java.util.List;

/** {@code catalogue/references/*.yaml}: the 2014 Joint Ministerial Statement or the 2009 Plan of Action. */
public record ReferenceDocument(String document, String title, List<ReferenceEntry> entries) {
}
