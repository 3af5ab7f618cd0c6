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
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.access.Caller;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.workflow.TaskList;
import org.gapcheck.workflow.TaskLists;

/**
 * {@code /app/}: where a signed-in person lands (a delegation on its report of the open year), and
 * {@code /app/{iso3}/{year}}, the report's task list. Without a session the pages send to the
 * sign-in form; a country not the caller's is not found, as in the API.
 */
@Controller("/app")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class TaskListPage {

    private final TaskLists taskLists;
    private final Pages pages;

    TaskListPage(TaskLists taskLists, Pages pages) {
        this.taskLists = taskLists;
        this.pages = pages;
    }

    @Get("/")
    @Produces(Pages.HTML)
    HttpResponse<String> home(@Nullable Authentication authentication, HttpRequest<?> request) {
        Optional<Caller> caller = Caller.of(authentication);
        if (caller.isEmpty()) {
            return Pages.seeOther("/app/login");
        }
        String country = caller.get().country();
        Optional<Integer> year = country == null ? Optional.empty() : taskLists.openYear(authentication, country);
        if (year.isPresent()) {
            return Pages.seeOther(Report.path(country, year.get()));
        }
        Messages m = Languages.of(request);
        Map<String, Object> view = Header.of(authentication, caller.get(), m);
        view.put("title", m.get("home_title"));
        view.put("secretariat", authentication.getRoles().contains("SECRETARIAT"));
        return pages.render(HttpStatus.OK, "home", m, view);
    }

    @Get("/{iso3}/{year}")
    @Produces(Pages.HTML)
    HttpResponse<String> tasks(@PathVariable String iso3, @PathVariable String year, @Nullable Authentication authentication,
                               HttpRequest<?> request) {
        Optional<Caller> caller = Caller.of(authentication);
        if (caller.isEmpty()) {
            return Pages.signIn(request);
        }
        Messages m = Languages.of(request);
        Optional<TaskList> list = Report.of(iso3, year).flatMap(r -> taskLists.of(authentication, r.country(), r.year()));
        if (list.isEmpty()) {
            return pages.notFound(m);
        }
        Map<String, Object> view = Header.of(authentication, caller.get(), m);
        view.putAll(view(list.get(), m));
        request.getParameters().getFirst("saved").flatMap(saved -> list.get().tasks().stream().filter(t -> t.id().equals(saved))
                .findFirst()).ifPresent(t -> view.put("saved", m.get("saved_section", "title", title(t, m))));
        return pages.render(HttpStatus.OK, "tasks", m, view);
    }

    private static Map<String, Object> view(TaskList list, Messages m) {
        Map<String, Object> view = new HashMap<>();
        view.put("title", m.get("tasks_title", "year", String.valueOf(list.year())));
        view.put("caption", m.get("tasks_caption", "country", list.countryName()));
        view.put("state", m.get("state_" + (list.state() == null ? "none" : list.state())));
        view.put("returnComments", list.returnComments());
        view.put("completed", m.get("completed_parts", "done", list.completed(), "total", list.required()));
        view.put("tasks", list.tasks().stream().map(task -> task(list, task, m)).toList());
        String base = Report.path(list.country(), list.year());
        view.put("checkHref", list.editable() ? base + "/check" : null);
        view.put("assignmentsHref", base + "/assignments");
        view.put("downloadHref", base + "/questionnaire.xlsx");
        view.put("uploadHref", base + "/upload");
        if (list.carryFrom() != null) {
            String from = String.valueOf(list.carryFrom());
            view.put("carryOffer", Map.of("title", m.get("carry_offer_title", "year", from), "text", m.get("carry_offer_text", "year", from),
                    "button", m.get("carry_offer_button", "year", from), "action", base + "/carry-over"));
        }
        if (list.carriedFrom() != null) {
            view.put("carriedNotice", m.get("carried_notice", "n", list.tasks().stream().mapToInt(TaskList.Task::carried).sum(),
                    "year", String.valueOf(list.carriedFrom())));
        }
        view.put("reportHref", list.state() != null && !list.state().equals("draft") ? base + "/report" : null);
        view.put("hasYears", list.years().stream().anyMatch(y -> y.year() != list.year()));
        view.put("years", list.years().stream().filter(y -> y.year() != list.year()).map(y -> Map.of(
                "href", Report.path(list.country(), y.year()),
                "text", m.get("year_state", "year", String.valueOf(y.year()), "state", m.get("state_word_" + y.state())))).toList());
        return view;
    }

    private static String title(TaskList.Task task, Messages m) {
        return task.title() != null ? task.title() : m.get("task_" + task.id());
    }

    private static Map<String, Object> task(TaskList list, TaskList.Task task, Messages m) {
        Map<String, Object> view = new HashMap<>();
        view.put("href", task.mine() ? Report.path(list.country(), list.year()) + "/" + task.id() : null);
        view.put("id", "task-" + task.id().toLowerCase(Locale.ROOT));
        view.put("title", title(task, m));
        view.put("packText", task.title() != null && !m.language().equals("en"));
        view.put("titleLang", task.title() != null);
        String progress = task.progress().name().toLowerCase(Locale.ROOT);
        view.put("progress", m.get("progress_" + progress));
        view.put("progressClass", progress.replace('_', '-'));
        view.put("answered", m.get("answered_count", "answered", task.answered(), "total", task.total()));
        view.put("assigned", task.id().equals("profile") || task.id().equals("indicators") || task.assignees().isEmpty()
                ? m.get("assigned_to_coordinator") : m.get("assigned_to", "names", String.join(", ", task.assignees())));
        view.put("carried", task.carried() == 0 ? null : m.get("carried_count", "n", task.carried()));
        view.put("lastChange", task.lastChangeAt() == null ? m.get("no_change_yet")
                : m.get("last_change", "at", Date.from(task.lastChangeAt()), "login", task.lastChangeBy()));
        return view;
    }
}
