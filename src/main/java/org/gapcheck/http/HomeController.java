package org.gapcheck.http;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import com.github.mustachejava.DefaultMustacheFactory;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.gapcheck.core.RulePack;
import org.gapcheck.pack.PackManifest;

/**
 * {@code GET /}: a page for whoever opens the service in a browser, naming it and its rule pack and
 * linking to the API documentation and the main routes. Not part of the API, so not in its document.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class HomeController {

    private final String page;

    HomeController(RulePack pack) {
        PackManifest manifest = pack.manifest();
        Map<String, Object> view = new HashMap<>();
        view.put("pack", manifest.name());
        view.put("version", manifest.version());
        view.put("effective", manifest.effectiveDate());
        StringWriter out = new StringWriter();
        new DefaultMustacheFactory().compile("pages/home.html.mustache").execute(out, view);
        this.page = out.toString();
    }

    @Get
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    String home() {
        return page;
    }
}
