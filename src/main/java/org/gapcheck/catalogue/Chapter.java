package org.gapcheck.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A thematic chapter of the 2016 outcome document: its heading and the numbered paragraph that opens it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Chapter(Integer number, String title, String heading, String chapeau, Integer seedLine) {
}
