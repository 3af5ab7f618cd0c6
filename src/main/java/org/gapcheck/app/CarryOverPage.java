package org.gapcheck.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.http.Refusal;
import org.gapcheck.workflow.CarryOvers;

/**
 * {@code POST /app/{iso3}/{year}/carry-over}: the task list's "Start from your {year} answers". The
 * coordinator's empty draft takes the last submitted answers (the API's carry-over); the page
 * answering it says how many were copied and lists, with the reason, each one that was not.
 */
@Controller("/app")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class CarryOverPage {

    private final CarryOvers carryOvers;
    private final Pages pages;

    CarryOverPage(CarryOvers carryOvers, Pages pages) {
        this.carryOvers = carryOvers;
        this.pages = pages;
    }

    @Post("/{iso3}/{year}/carry-over")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    HttpResponse<String> carry(@PathVariable String iso3, @PathVariable String year, @Nullable @Body Map<String, Object> body,
                               @Nullable Authentication authentication, HttpRequest<?> request) {
        Forms.Post post = Forms.Post.toReport(authentication, body, request, pages, iso3, year);
        if (post.refusal() != null) {
            return post.refusal();
        }
        Messages m = post.m();
        Report report = post.report();
        try {
            CarryOvers.Carried carried = carryOvers.start(authentication, report.country(), report.year());
            Map<String, Object> view = Header.of(authentication, post.caller(), m);
            String from = String.valueOf(carried.fromYear());
            view.put("title", m.get("carried_done_title", "year", from));
            view.put("text", m.get("carried_done_text", "n", carried.carried(), "version", carried.fromVersion(), "year", from));
            view.put("hasLeft", !carried.notCarried().isEmpty());
            view.put("leftTitle", m.get("carried_left_title", "n", carried.notCarried().size()));
            view.put("left", carried.notCarried().stream().map(n -> {
                Map<String, Object> one = new HashMap<>();
                one.put("item", n.item());
                one.put("reason", n.reason());
                return one;
            }).toList());
            view.put("back", Report.path(report.country(), report.year()));
            return pages.render(HttpStatus.OK, "carried", m, view);
        } catch (Refusal refused) {
            return pages.refused(refused, m);
        }
    }
}
