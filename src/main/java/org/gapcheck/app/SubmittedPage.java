package org.gapcheck.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.gapcheck.access.Caller;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.core.RulePack;
import org.gapcheck.http.Refusal;
import org.gapcheck.report.render.PdfBusyException;
import org.gapcheck.report.render.PdfQueue;
import org.gapcheck.report.render.ReportHtml;
import org.gapcheck.report.render.ReportTexts;
import org.gapcheck.workflow.Submitting;

/**
 * After submitting: {@code /app/{iso3}/{year}/report} lists the submitted versions (state, SHA-256,
 * who and when) with the latest one's scores beside the previous cycle's; each version's gap report
 * as the API's HTML report and as PDF, and its receipt as PDF once the secretariat acknowledged it.
 */
@Controller("/app")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class SubmittedPage {

    private static final String PDF = "application/pdf";

    private final Submitting submitting;
    private final ReportTexts texts;
    private final Pages pages;

    SubmittedPage(Submitting submitting, RulePack pack, Pages pages) {
        this.submitting = submitting;
        this.texts = ReportTexts.of(pack);
        this.pages = pages;
    }

    @Get("/{iso3}/{year}/report")
    @Produces(Pages.HTML)
    HttpResponse<String> versions(@PathVariable String iso3, @PathVariable String year, @Nullable Authentication authentication,
                                  HttpRequest<?> request) {
        Optional<Caller> caller = Caller.of(authentication);
        if (caller.isEmpty()) {
            return Pages.signIn(request);
        }
        Messages m = Languages.of(request);
        Optional<Submitting.Submitted> submitted = Report.of(iso3, year).flatMap(r -> submitting.submitted(authentication, r.country(), r.year()));
        if (submitted.isEmpty()) {
            return pages.notFound(m);
        }
        Submitting.Submitted s = submitted.get();
        Optional<Submitting.VersionReport> latest = s.versions().isEmpty() ? Optional.empty()
                : submitting.report(authentication, s.country(), s.year(), s.versions().get(0).number());
        Map<String, Object> view = Header.of(authentication, caller.get(), m);
        view.putAll(SubmittedView.of(s, latest, request.getParameters().getFirst("submitted").orElse(null), m));
        return pages.render(HttpStatus.OK, "submitted", m, view);
    }

    @Get("/{iso3}/{year}/versions/{number}/report")
    @Produces(Pages.HTML)
    HttpResponse<String> report(@PathVariable String iso3, @PathVariable String year, @PathVariable String number,
                                @Nullable Authentication authentication, HttpRequest<?> request) {
        if (Caller.of(authentication).isEmpty()) {
            return Pages.signIn(request);
        }
        Messages m = Languages.of(request);
        return version(authentication, iso3, year, number).<HttpResponse<String>>map(r -> HttpResponse.ok(ReportHtml.served(r.report(), texts))
                .contentType(Pages.HTML).header("Cache-Control", "no-store")).orElseGet(() -> pages.notFound(m));
    }

    @Get("/{iso3}/{year}/versions/{number}/report.pdf")
    @Produces({PDF, Pages.HTML})
    CompletableFuture<HttpResponse<?>> reportPdf(@PathVariable String iso3, @PathVariable String year, @PathVariable String number,
                                                 @Nullable Authentication authentication, HttpRequest<?> request) {
        if (Caller.of(authentication).isEmpty()) {
            return CompletableFuture.completedFuture(Pages.signIn(request));
        }
        Messages m = Languages.of(request);
        Optional<Submitting.VersionReport> found = version(authentication, iso3, year, number);
        if (found.isEmpty()) {
            return CompletableFuture.completedFuture(pages.notFound(m));
        }
        String name = "gapcheck-" + iso3 + "-" + year + "-v" + number + ".pdf";
        return pdf(ReportHtml.render(found.get().report(), texts), name, m);
    }

    @Get("/{iso3}/{year}/versions/{number}/receipt.pdf")
    @Produces({PDF, Pages.HTML})
    CompletableFuture<HttpResponse<?>> receiptPdf(@PathVariable String iso3, @PathVariable String year, @PathVariable String number,
                                                  @Nullable Authentication authentication, HttpRequest<?> request) {
        if (Caller.of(authentication).isEmpty()) {
            return CompletableFuture.completedFuture(Pages.signIn(request));
        }
        Messages m = Languages.of(request);
        Optional<Report> report = Report.of(iso3, year);
        if (report.isEmpty() || !number.matches("\\d{1,6}")) {
            return CompletableFuture.completedFuture(pages.notFound(m));
        }
        try {
            String html = submitting.receiptHtml(authentication, report.get().country(), report.get().year(), Integer.parseInt(number));
            return pdf(html, "gapcheck-receipt-" + iso3 + "-" + year + "-v" + number + ".pdf", m);
        } catch (Refusal refused) {
            return CompletableFuture.completedFuture(pages.notFound(m));
        }
    }

    private Optional<Submitting.VersionReport> version(@Nullable Authentication authentication, String iso3, String year, String number) {
        if (!number.matches("\\d{1,6}")) {
            return Optional.empty();
        }
        try {
            return Report.of(iso3, year).flatMap(r -> submitting.report(authentication, r.country(), r.year(), Integer.parseInt(number)));
        } catch (Refusal notFound) {
            return Optional.empty();
        }
    }

    /** Rendered in turn on the PDF queue's thread; a full queue is a page that says to try again (429), not an error. */
    private CompletableFuture<HttpResponse<?>> pdf(String html, String fileName, Messages m) {
        try {
            return PdfQueue.shared().submit(html).thenApply(bytes -> HttpResponse.ok(bytes).contentType(PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").header("Cache-Control", "no-store"));
        } catch (PdfBusyException busy) {
            return CompletableFuture.completedFuture(pages.message(HttpStatus.TOO_MANY_REQUESTS, m, m.get("pdf_busy_title"),
                    m.get("pdf_busy_text")).header("Retry-After", "5"));
        }
    }
}
