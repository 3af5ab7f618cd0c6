package org.gapcheck.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.access.Caller;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.core.RulePack;
import org.gapcheck.http.Refusal;
import org.gapcheck.workbook.WorkbookReader;
import org.gapcheck.workbook.WorkbookRefused;
import org.gapcheck.workflow.Workbooks;

/**
 * The Excel round trip in the pages: {@code /app/{iso3}/{year}/questionnaire.xlsx} downloads the
 * country's questionnaire with the draft's answers; {@code /app/{iso3}/{year}/upload} takes it back
 * filled in ({@link Workbooks}): the answers saved, or each cell that cannot be saved as
 * {@code sheet!cell: reason} with nothing saved, and a contributor's changes outside its sections listed.
 */
@Controller("/app")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class WorkbookPage {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Workbooks workbooks;
    private final RulePack pack;
    private final Pages pages;

    WorkbookPage(Workbooks workbooks, RulePack pack, Pages pages) {
        this.workbooks = workbooks;
        this.pack = pack;
        this.pages = pages;
    }

    @Get("/{iso3}/{year}/questionnaire.xlsx")
    @Produces({XLSX, Pages.HTML})
    HttpResponse<?> download(@PathVariable String iso3, @PathVariable String year, @Nullable Authentication authentication,
                             HttpRequest<?> request) {
        if (Caller.of(authentication).isEmpty()) {
            return Pages.signIn(request);
        }
        Messages m = Languages.of(request);
        Optional<Report> report = Report.of(iso3, year);
        if (report.isEmpty()) {
            return pages.notFound(m);
        }
        Report r = report.get();
        try {
            byte[] xlsx = workbooks.export(authentication, r.country(), r.year(), m.language(),
                    WorkbookWords.of(m, pack.regions().nameOf(r.country()), r.year(), pack.manifest().version()));
            return HttpResponse.ok(xlsx).contentType(XLSX).header("Cache-Control", "no-store")
                    .header("Content-Disposition", "attachment; filename=\"gapcheck-" + r.country() + "-" + r.year() + ".xlsx\"");
        } catch (Refusal refused) {
            return pages.refused(refused, m);
        }
    }

    @Get("/{iso3}/{year}/upload")
    @Produces(Pages.HTML)
    HttpResponse<String> form(@PathVariable String iso3, @PathVariable String year, @Nullable Authentication authentication,
                              HttpRequest<?> request) {
        Optional<Caller> caller = Caller.of(authentication);
        if (caller.isEmpty()) {
            return Pages.signIn(request);
        }
        Messages m = Languages.of(request);
        Optional<Report> report = Report.of(iso3, year).filter(r -> caller.get().country() != null
                && caller.get().country().equals(r.country()));
        if (report.isEmpty()) {
            return pages.notFound(m);
        }
        return page(authentication, caller.get(), m, report.get(), Map.of());
    }

    @Post("/{iso3}/{year}/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(Pages.HTML)
    HttpResponse<String> upload(@PathVariable String iso3, @PathVariable String year, @Nullable @Part("_csrf") String csrf,
                                @Nullable @Part("file") CompletedFileUpload file, @Nullable Authentication authentication,
                                HttpRequest<?> request) {
        Forms.Post post = Forms.Post.toReport(authentication, csrf == null ? Map.of() : Map.of(Forms.TOKEN, csrf), request, pages, iso3, year);
        if (post.refusal() != null) {
            return post.refusal();
        }
        Messages m = post.m();
        Report r = post.report();
        Map<String, Object> result = new HashMap<>();
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            result.put("fileError", m.get("upload_none"));
            return page(authentication, post.caller(), m, r, result);
        }
        try {
            Workbooks.Imported done = workbooks.upload(authentication, r.country(), r.year(), file.getBytes(), WorkbookWords.forReading());
            result.put("saved", m.get("upload_saved", "n", done.saved().size()));
            result.put("refusedTitle", done.refused().isEmpty() ? null : m.get("upload_refused_cells", "n", done.refused().size()));
            result.put("refused", done.refused().stream().map(x -> x.cell() + ": " + x.reason()).toList());
        } catch (WorkbookRefused e) {
            result.put("fileError", m.get("upload_refused", "reason", e.getMessage()));
        } catch (Workbooks.CellErrors e) {
            result.put("errorsTitle", m.get("upload_errors", "n", e.errors().size()));
            result.put("cellErrors", e.errors().stream().map(WorkbookReader.CellError::toString).toList());
            result.put("hasCellErrors", true);
        } catch (IOException e) {
            result.put("fileError", m.get("upload_refused", "reason", "the upload could not be read"));
        } catch (Refusal refused) {
            return pages.refused(refused, m);
        }
        return page(authentication, post.caller(), m, r, result);
    }

    private HttpResponse<String> page(Authentication authentication, Caller caller, Messages m, Report r, Map<String, Object> result) {
        Map<String, Object> view = Header.of(authentication, caller, m);
        view.putAll(result);
        view.put("title", m.get("upload_title"));
        view.put("caption", m.get("section_caption", "country", pack.regions().nameOf(r.country()), "year", String.valueOf(r.year())));
        view.put("action", Report.path(r.country(), r.year()) + "/upload");
        view.put("download", Report.path(r.country(), r.year()) + "/questionnaire.xlsx");
        view.put("back", Report.path(r.country(), r.year()));
        view.put("hasErrors", result.containsKey("fileError") || result.containsKey("cellErrors"));
        return pages.render(HttpStatus.OK, "upload", m, view);
    }
}
