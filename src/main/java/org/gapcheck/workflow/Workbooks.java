package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.gapcheck.core.RulePack;
import org.gapcheck.http.Refusal;
import org.gapcheck.questionnaire.Region;
import org.gapcheck.storage.StoredSubmission;
import org.gapcheck.storage.SubmissionRepository;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.Pointer;
import org.gapcheck.workbook.Reservable;
import org.gapcheck.workbook.WorkbookReader;
import org.gapcheck.workbook.WorkbookRefused;
import org.gapcheck.workbook.WorkbookWriter;
import org.gapcheck.workbook.Words;

/**
 * The Excel round trip, for the pages and the command line alike: a country's questionnaire as a
 * workbook with the draft's answers, and a filled-in workbook back into the draft through the same
 * save as every other (checks, conflicts, the audit log). An upload with any cell in error saves
 * nothing and lists every such cell; a contributor's changes outside its sections are not saved and
 * listed as refused, its other changes are.
 */
@Singleton
@Requires(beans = DataSource.class)
public class Workbooks {

    private final SubmissionRepository submissions;
    private final Drafts drafts;
    private final Assignments assignments;
    private final RulePack pack;
    private final List<Reservable> reservable;

    Workbooks(SubmissionRepository submissions, Drafts drafts, Assignments assignments, RulePack pack) {
        this.submissions = submissions;
        this.drafts = drafts;
        this.assignments = assignments;
        this.pack = pack;
        this.reservable = pack.ruleBase().criteria().stream().filter(c -> c.qualifier() != null && c.items() != null && !c.items().isEmpty())
                .map(c -> new Reservable(c.id(), c.title(), c.qualifier())).toList();
    }

    /** A cell the upload changed that the caller may not change, and why. */
    public record Refused(String cell, String reason) {
    }

    /**
     * What an upload did.
     *
     * @param saved        the items saved, each at its cell
     * @param refused      changed cells of sections the caller does not answer, not saved
     * @param draftVersion the draft's version after it
     */
    public record Imported(String country, int year, List<WorkbookReader.Change> saved, List<Refused> refused, long draftVersion) {
    }

    /** An upload with cells that cannot be saved: each as {@code sheet!cell: reason}; nothing was saved. */
    public static final class CellErrors extends RuntimeException {

        private final transient List<WorkbookReader.CellError> errors;

        CellErrors(List<WorkbookReader.CellError> errors) {
            super(errors.size() + " cell(s) cannot be saved; nothing was saved", null, false, false);
            this.errors = List.copyOf(errors);
        }

        public List<WorkbookReader.CellError> errors() {
            return errors;
        }
    }

    /** The workbook of {@code country}'s report for {@code year}, with its draft's answers; 404 for anyone not of its delegation. */
    public byte[] export(@Nullable Authentication authentication, String country, int year, String language, Words words) {
        if (!Audience.of(authentication).delegationOf(country)) {
            throw Audience.notFound(country, year);
        }
        Drafts.Draft draft = submissions.findByCountryAndReportingYear(country, year).map(drafts::draft).orElse(null);
        return WorkbookWriter.write(new WorkbookWriter.Content(country, year, pack.manifest().version(), draft == null ? 0 : draft.version(),
                language, pack.questionnaire(), draft == null ? Map.of() : draft.items(), reservable, regions()), words);
    }

    private Map<String, String> regions() {
        Map<String, String> regions = new LinkedHashMap<>();
        for (Region r : pack.questionnaire().regions()) {
            regions.put(r.id(), r.name());
        }
        return regions;
    }

    /** What the questionnaire in use expects of an uploaded workbook. */
    public WorkbookReader.Expected expected() {
        return new WorkbookReader.Expected(pack.questionnaire(), reservable, regions(), pack.manifest().version());
    }

    /**
     * Saves the answers an uploaded workbook changes into the draft of {@code country} for {@code year}
     * (null: the workbook's own, as the command line takes it).
     *
     * @throws WorkbookRefused the file whole: not a workbook Gapcheck made, another country's or year's, another questionnaire's
     * @throws CellErrors      cells in error; nothing saved
     * @throws Refusal         404 not of the delegation, 409 not editable
     */
    public Imported upload(Authentication authentication, @Nullable String country, @Nullable Integer year, byte[] bytes,
                           java.util.function.Function<String, Words> wordsIn) {
        Audience who = Audience.of(authentication);
        if (country != null && year != null && !who.delegationOf(country)) {
            throw Audience.notFound(country, year); // before the file is read: its refusal would say whose it is
        }
        WorkbookReader.Upload upload = WorkbookReader.read(bytes, expected(), wordsIn);
        String target = country == null ? upload.country() : country;
        int targetYear = year == null ? upload.year() : year;
        if (!who.delegationOf(target)) {
            throw Audience.notFound(target, targetYear);
        }
        if (!upload.country().equals(target) || upload.year() != targetYear) {
            throw new WorkbookRefused("this workbook is the questionnaire of " + pack.regions().nameOf(upload.country()) + " ("
                    + upload.country() + ") for " + upload.year() + ", not of " + pack.regions().nameOf(target) + " (" + target + ") for "
                    + targetYear);
        }
        if (!upload.errors().isEmpty()) {
            throw new CellErrors(upload.errors());
        }
        Set<String> mine = who.coordinatorOf(target) ? null : assignments.answeredBy(who, target);
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        List<WorkbookReader.Change> saved = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (WorkbookReader.Change change : upload.changes()) {
            String code = DraftItems.answerCode(change.pointer());
            if (mine != null && (code == null || pack.questionnaire().item(code).map(i -> !mine.contains(i.section())).orElse(true))) {
                refused.add(new Refused(change.cell(), "not a question of your sections (" + (mine.isEmpty() ? "none"
                        : String.join(", ", new java.util.TreeSet<>(mine))) + "): the coordinator or the section's contributor answers it"));
                continue;
            }
            String[] parts = change.pointer().substring(1).split("/", 2);
            ObjectNode into = parts.length == 1 ? patch : patch.has(parts[0]) ? (ObjectNode) patch.get(parts[0]) : patch.putObject(parts[0]);
            String key = Pointer.unescape(parts.length == 1 ? parts[0] : parts[1]);
            into.set(key, change.value() == null ? JsonNodeFactory.instance.nullNode() : change.value());
            saved.add(change);
        }
        if (saved.isEmpty()) {
            long version = submissions.findByCountryAndReportingYear(target, targetYear).map(drafts::draft).map(Drafts.Draft::version)
                    .orElse(0L);
            return new Imported(target, targetYear, saved, refused, version);
        }
        try {
            Drafts.Saved done = drafts.save(who, target, targetYear, patch, upload.draftVersion(), false);
            // A cell changed in the file whose answer the draft holds already (the same file uploaded twice) saves nothing.
            return new Imported(target, targetYear, saved.stream().filter(c -> done.changed().contains(c.pointer())).toList(), refused,
                    done.version());
        } catch (InvalidSubmissionException e) {
            throw new CellErrors(e.errors().stream().map(x -> new WorkbookReader.CellError(upload.cellOf(x.path()), x.message())).toList());
        } catch (Refusal r) {
            if (r.status() == 412) {
                throw new CellErrors(r.errors().stream().map(x -> new WorkbookReader.CellError(upload.cellOf(x.path()),
                        "changed on Gapcheck after this file was downloaded (" + x.message() + "): download it again, or change it on"
                                + " the section's page")).toList());
            }
            throw r;
        }
    }
}
