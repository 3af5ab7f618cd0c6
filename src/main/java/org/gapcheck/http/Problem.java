package org.gapcheck.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/**
 * An RFC 7807 problem body. {@code type} is a stable, documented code (see the README's API
 * section) so clients can branch on it; {@code id} names the thing that was not found, where one was.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String id) {

    public static final MediaType MEDIA_TYPE = MediaType.of("application/problem+json");

    public MutableHttpResponse<Problem> response() {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(status)).contentType(MEDIA_TYPE).body(this);
    }
}
