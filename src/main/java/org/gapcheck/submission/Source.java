package org.gapcheck.submission;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where an answer comes from: a document, a law, a web address; any of them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String document, String law, String url) {
}
