package org.gapcheck.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A paragraph or action of an earlier commitment document, kept so that reports can cite it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferenceEntry(String id, String section, String text, Integer seedLine) {
}
