package org.gapcheck.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gapcheck.json.Json;

/**
 * The answers of a form's route to a background save ({@code /assets/autosave.js}): the same form
 * posted with {@code Accept: application/json}, answered 200 with {@code {"saved": true, "base": N}},
 * or {@code {"saved": false, "base": N, "errors": [{"field", "message"}]}} with nothing saved, each
 * error at the id of its field on the page.
 */
final class Autosave {

    private Autosave() {
    }

    static boolean asked(HttpRequest<?> request) {
        return request.getHeaders().accept().stream().anyMatch(t -> t.getName().equals(MediaType.APPLICATION_JSON));
    }

    static HttpResponse<String> saved(long version) {
        return json(Map.of("saved", true, "base", version));
    }

    static HttpResponse<String> refused(Map<String, String> errors, @Nullable Long base) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("saved", false);
        body.put("base", base == null ? "" : String.valueOf(base));
        body.put("errors", errors.entrySet().stream().map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
        return json(body);
    }

    private static HttpResponse<String> json(Object body) {
        try {
            return HttpResponse.ok(Json.mapper().writeValueAsString(body)).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .header("Cache-Control", "no-store");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an autosave answer is plain data", e);
        }
    }
}
