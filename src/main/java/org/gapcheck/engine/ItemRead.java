package org.gapcheck.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gapcheck.submission.Source;

/** One item a criterion read, and what the submission said: a value, "not_known", or nothing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemRead(String item, String state, String value, Source source, String note) {

    public static final String ANSWERED = "answered";
    public static final String NOT_KNOWN = "not_known";
    public static final String NOT_ANSWERED = "not_answered";
}
