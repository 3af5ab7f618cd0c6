package org.gapcheck.http;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import org.gapcheck.report.CriterionText;

/**
 * {@code GET /api/criteria}: the texts behind a lean report's criterion ids. They change only with
 * the rule pack, so the answer carries the pack's name and version as its ETag and may be cached;
 * a client that sends it back in {@code If-None-Match} gets 304 and no body.
 */
@Controller("/api/criteria")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "catalogue")
@ProblemAnswers.AnyRoute
class CriteriaController {

    static final String CACHE_CONTROL = "public, max-age=3600";

    private final String etag;
    private final byte[] all;
    private final Map<String, byte[]> byId = new LinkedHashMap<>();

    CriteriaController(RulePack pack) {
        this.etag = "\"" + pack.manifest().name() + "@" + pack.manifest().version() + "\"";
        List<CriterionText> texts = CriterionText.of(pack);
        this.all = Json.compact(texts);
        texts.forEach(t -> byId.put(t.id(), Json.compact(t)));
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every criterion's texts", description = "What a lean report's criterion ids point at: title, the words"
            + " cited, what closes a gap, what the criterion rests on, where its rule is written, its theme and its requirement."
            + " The ETag is the rule pack's name and version; send it back in If-None-Match for a 304.")
    @ApiResponse(responseCode = "200", description = "The criteria, in rule order")
    @ApiResponse(responseCode = "304", description = "Not modified: the pack version is the one the client holds")
    HttpResponse<?> criteria(@Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return cached(ifNoneMatch, all);
    }

    /** One criterion by its id, such as {@code 1(o).oat_coverage}. */
    @Get("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One criterion's texts", description = "As `GET /api/criteria`, for one criterion.")
    @ApiResponse(responseCode = "200", description = "The criterion")
    @ApiResponse(responseCode = "304", description = "Not modified: the pack version is the one the client holds")
    @ProblemAnswers.ById
    HttpResponse<?> criterion(@Parameter(description = "The criterion's id: its recommendation and a name", example = "1(o).oat_coverage")
                              @PathVariable String id, @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        byte[] body = byId.get(id);
        if (body == null) {
            throw new NotFoundException("criterion", id);
        }
        return cached(ifNoneMatch, body);
    }

    private HttpResponse<?> cached(String ifNoneMatch, byte[] body) {
        boolean fresh = ifNoneMatch != null && (ifNoneMatch.strip().equals("*")
                || List.of(ifNoneMatch.split(",")).stream().map(String::strip).anyMatch(etag::equals));
        if (fresh) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
        return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }
}
