package org.gapcheck.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Two pages served only to BrowserTest: one that reads cleanly, one with each kind of problem the browser checks find. */
@Requires(env = BrowserTest.ENVIRONMENT)
@Controller("/browser-harness")
@io.micronaut.security.annotation.Secured(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS)
class HarnessPages {

    private static final String HEAD = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
            <style>body { font: 16px/1.4 sans-serif; color: #1c2530; margin: 1em; }</style></head><body><main>
            """;

    /**
     * The pages are the checks' test cases, inline styles and script included, so they answer with a policy of their
     * own, which the service's (http/PageHeadersFilter) leaves in place.
     */
    private static HttpResponse<String> page(String html) {
        return HttpResponse.ok(html).header("Content-Security-Policy", "default-src 'self' 'unsafe-inline' data:");
    }

    @Get(value = "/clean", produces = MediaType.TEXT_HTML)
    HttpResponse<String> clean() {
        return page(HEAD.formatted("A clean page") + """
                <h1>A clean page</h1><p>Text that wraps within the window.</p>
                <div style="overflow-x: auto" role="region" aria-label="A wide table" tabindex="0">
                <table style="width: 2000px"><tr><th>wide</th><td>a table wider than the window scrolls in its region</td></tr></table>
                </div></main></body></html>""");
    }

    @Get(value = "/broken", produces = MediaType.TEXT_HTML)
    HttpResponse<String> broken() {
        return page(HEAD.formatted("A broken page") + """
                <h1>A broken page</h1>
                <div class="narrow" style="width: 80px; white-space: nowrap">DR.AN_ITEM_CODE_TOO_LONG_FOR_ITS_BOX</div>
                <div class="wide" style="width: 2000px">a block wider than any window</div>
                <p class="faint" style="color: #bbbbbb">text too faint to read</p>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">
                <script>console.error('harness: a deliberate console error'); notAFunction();</script>
                </main></body></html>""");
    }
}
