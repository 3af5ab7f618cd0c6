package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.gapcheck.core.RulePack;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.Section;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AnswerChange;
import org.gapcheck.storage.AnswerChangeRepository;
import org.gapcheck.storage.StoredSubmission;
import org.gapcheck.storage.SubmissionRepository;
import org.gapcheck.submission.Pointer;

/**
 * The delegation's task lists: for its own country only (anyone else gets nothing, as the API's
 * 404), from the draft as the active questionnaire reads it.
 */
@Singleton
@Requires(beans = DataSource.class)
public class TaskLists {

    private final SubmissionRepository submissions;
    private final AnswerChangeRepository changes;
    private final AccountRepository accounts;
    private final Drafts drafts;
    private final Assignments answering;
    private final CarryOvers carryOvers;
    private final RulePack pack;
    private final Clock clock;

    TaskLists(SubmissionRepository submissions, AnswerChangeRepository changes, AccountRepository accounts,
              Drafts drafts, Assignments answering, CarryOvers carryOvers, RulePack pack) {
        this.carryOvers = carryOvers;
        this.submissions = submissions;
        this.changes = changes;
        this.accounts = accounts;
        this.drafts = drafts;
        this.answering = answering;
        this.pack = pack;
        this.clock = Clock.systemUTC();
    }

    /**
     * The year a delegation's work opens on: its latest submission still open for changes, else the
     * year before this one (a report covers a past year, as the annual report questionnaire does).
     * Empty for anyone who is not of {@code country}'s delegation.
     */
    public Optional<Integer> openYear(@Nullable Authentication authentication, String country) {
        if (!Audience.of(authentication).delegationOf(country)) {
            return Optional.empty();
        }
        return Optional.of(submissions.findByCountryOrderByReportingYear(country).stream().filter(StoredSubmission::editable)
                .map(StoredSubmission::reportingYear).max(Integer::compare).orElse(LocalDate.now(clock).getYear() - 1));
    }

    /** The task list of {@code country}'s report for {@code year}, or empty for anyone not of its delegation. */
    public Optional<TaskList> of(@Nullable Authentication authentication, String country, int year) {
        Audience who = Audience.of(authentication);
        if (!who.delegationOf(country)) {
            return Optional.empty();
        }
        java.util.Set<String> mine = answering.answeredBy(who, country);
        boolean coordinator = who.coordinatorOf(country);
        Optional<StoredSubmission> stored = submissions.findByCountryAndReportingYear(country, year);
        Drafts.Draft draft = stored.map(drafts::draft).orElse(null);
        Map<String, JsonNode> items = draft == null ? Map.of() : draft.items();
        Map<String, Long> changedAt = draft == null ? Map.of() : draft.changedAt();
        java.util.Set<String> carried = draft == null ? java.util.Set.of() : draft.carried();
        Map<String, List<String>> assignees = answering.bySection(country);
        Questionnaire q = pack.questionnaire();
        List<TaskList.Task> tasks = new ArrayList<>();
        List<String> profile = new ArrayList<>(List.of("/region"));
        q.profile().forEach(f -> profile.add(Pointer.of("profile", f.code())));
        tasks.add(task("profile", null, false, profile, items, changedAt, carried, List.of(), coordinator));
        for (Section section : q.sections()) {
            List<String> pointers = q.items().stream().filter(i -> i.section().equals(section.id())).map(Item::code)
                    .map(code -> Pointer.of("answers", code)).toList();
            tasks.add(task(section.id(), section.title(), false, pointers, items, changedAt, carried,
                    assignees.getOrDefault(section.id(), List.of()), mine.contains(section.id())));
        }
        tasks.add(task("indicators", null, true, q.indicators().stream()
                .map(i -> Pointer.of("indicators", i.code())).toList(), items, changedAt, carried, List.of(), coordinator));
        List<TaskList.YearState> years = submissions.findByCountryOrderByReportingYear(country).stream()
                .sorted(Comparator.comparingInt(StoredSubmission::reportingYear).reversed())
                .map(s -> new TaskList.YearState(s.reportingYear(), state(s))).toList();
        String name = pack.regions().nameOf(country);
        return Optional.of(new TaskList(country, name, year, stored.map(TaskLists::state).orElse(null),
                stored.map(StoredSubmission::editable).orElse(true), draft == null ? 0 : draft.version(),
                stored.map(StoredSubmission::returnComments).orElse(null), tasks, years,
                draft != null && draft.version() != 0 || !stored.map(StoredSubmission::editable).orElse(true) ? null
                        : carryOvers.source(who, country, year).map(Reading.Earlier::year).orElse(null),
                draft == null || draft.carryOver() == null ? null : draft.carryOver().fromYear()));
    }

    private static String state(StoredSubmission s) {
        return s.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    private TaskList.Task task(String id, @Nullable String title, boolean optional, List<String> pointers, Map<String, JsonNode> items,
                               Map<String, Long> changedAt, java.util.Set<String> carried, List<String> assignees, boolean mine) {
        Predicate<String> answered = items::containsKey;
        int done = (int) pointers.stream().filter(answered).count();
        TaskList.Progress progress = done == 0 ? TaskList.Progress.NOT_STARTED
                : done == pointers.size() ? TaskList.Progress.COMPLETED : TaskList.Progress.IN_PROGRESS;
        Optional<AnswerChange> last = pointers.stream().map(changedAt::get).filter(java.util.Objects::nonNull)
                .max(Long::compare).flatMap(changes::findById);
        return new TaskList.Task(id, title, optional, done, pointers.size(), progress, assignees,
                last.map(AnswerChange::changedAt).orElse(null),
                last.flatMap(c -> accounts.findById(c.accountId())).map(Account::login).orElse(null), mine,
                (int) pointers.stream().filter(carried::contains).count());
    }
}
