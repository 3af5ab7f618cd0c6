package org.gapcheck.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.questionnaire.Choice;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ProfileField;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.Section;
import org.gapcheck.submission.Pointer;
import org.gapcheck.submission.SubmissionError;
import org.gapcheck.workflow.Submitting;

/**
 * The values of the check-your-answers pages: each answer in words with where to change it, and
 * per section what is answered, not known and not answered (both leave their recommendations not
 * reported, and the page says so before the coordinator submits).
 */
final class CheckView {

    private CheckView() {
    }

    /** An error on the submit form: where its link goes (a field here, or the page and field to put it right) and what to do. */
    record Error(String href, String message) {
    }

    static Error error(String field, String message) {
        return new Error("#" + field, message);
    }

    static Map<String, Object> whole(Submitting.Check c, Questionnaire q, Messages m) {
        String base = Report.path(c.country(), c.year());
        Map<String, Object> view = new HashMap<>();
        view.put("title", m.get("check_title"));
        view.put("caption", m.get("section_caption", "country", c.countryName(), "year", String.valueOf(c.year())));
        view.put("back", base);
        view.put("action", base + "/submit");
        view.put("editable", c.editable());
        view.put("reportHref", base + "/report");
        view.put("profileRows", c.coordinator() ? profileRows(c, q, m, base + "/profile") : List.of());
        view.put("hasProfile", c.coordinator());
        int unanswered = 0;
        int notKnown = 0;
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section s : q.sections()) {
            if (!c.sections().contains(s.id())) {
                continue;
            }
            List<Item> items = q.items().stream().filter(i -> i.section().equals(s.id())).toList();
            List<Map<String, Object>> missing = new ArrayList<>();
            List<Map<String, Object>> carried = new ArrayList<>();
            int known = 0;
            int sectionNotKnown = 0;
            for (Item item : items) {
                JsonNode answer = c.items().get(Pointer.of("answers", item.code()));
                if (c.carried().has(Pointer.of("answers", item.code()))) {
                    carried.add(Map.of("question", item.question(), "href", base + "/" + s.id() + "#a-" + item.code()));
                }
                if (answer == null) {
                    missing.add(Map.of("question", item.question(), "href", base + "/" + s.id() + "#a-" + item.code()));
                } else if (AnswerWords.notKnown(item, answer)) {
                    sectionNotKnown++;
                } else {
                    known++;
                }
            }
            unanswered += missing.size();
            notKnown += sectionNotKnown;
            Map<String, Object> one = new HashMap<>();
            one.put("id", "s-" + s.id());
            one.put("title", s.title());
            one.put("answered", m.get("answered_count", "answered", known + sectionNotKnown, "total", items.size()));
            one.put("notKnown", sectionNotKnown == 0 ? null : m.get("check_not_known_count", "n", sectionNotKnown));
            one.put("missing", missing);
            one.put("missingTitle", m.get("check_missing_count", "n", missing.size()));
            one.put("hasMissing", !missing.isEmpty());
            one.put("carried", carried);
            one.put("hasCarried", !carried.isEmpty());
            one.put("carriedTitle", m.get("check_carried_count", "n", carried.size()));
            one.put("checkHref", base + "/" + s.id() + "/check");
            one.put("checkLink", m.get("check_section_link", "title", s.title()));
            sections.add(one);
        }
        view.put("sections", sections);
        view.put("totals", m.get("check_totals", "unanswered", unanswered, "notKnown", notKnown));
        // The caller's to confirm: a contributor its sections' answers, the coordinator everything.
        long toConfirm = c.carried().items().stream().filter(item -> item.startsWith("/answers/")
                ? q.item(Pointer.unescape(item.substring("/answers/".length()))).map(i -> c.sections().contains(i.section())).orElse(false)
                : c.coordinator()).count();
        if (toConfirm > 0) {
            view.put("carriedTotals", m.get("check_carried_totals", "n", toConfirm, "year", String.valueOf(c.carried().from())));
        }
        view.put("coordinator", c.coordinator() && c.editable());
        view.put("contributor", !c.coordinator() && c.editable());
        view.put("statement", m.get("certify_statement", "country", c.countryName(), "year", String.valueOf(c.year())));
        return view;
    }

    private static List<Map<String, Object>> profileRows(Submitting.Check c, Questionnaire q, Messages m, String profile) {
        List<Map<String, Object>> rows = new ArrayList<>();
        JsonNode region = c.items().get("/region");
        String regionName = region == null ? m.get("check_not_answered") : q.regions().stream().filter(r -> r.id().equals(region.asText()))
                .map(r -> r.name()).findFirst().orElse(region.asText());
        Map<String, Object> regionRow = row(m.get("region_question"), regionName, List.of(), profile + "#region", m);
        regionRow.put("answerLang", region != null); // a regional group's name is the rule pack's English
        rows.add(carried(regionRow, c, "/region", m));
        for (ProfileField f : q.profile()) {
            JsonNode value = c.items().get(Pointer.of("profile", f.code()));
            String words;
            if (value == null) {
                words = m.get("check_not_answered");
            } else if (f.choices() != null && !f.choices().isEmpty()) {
                words = f.choices().stream().filter(ch -> ch.value().equals(value.asText())).map(Choice::label).findFirst()
                        .orElse(value.asText().equals(SectionForm.NOT_KNOWN) ? m.get("answer_not_known") : value.asText());
            } else {
                words = m.get("answer_" + (f.type().tokens().contains(value.asText()) || value.asText().equals(SectionForm.NOT_KNOWN)
                        ? value.asText() : "not_known"));
            }
            Map<String, Object> fieldRow = row(f.question(), words, List.of(), profile + "#p-" + f.code(), m);
            fieldRow.put("questionLang", true);
            fieldRow.put("answerLang", value != null && f.choices() != null && f.choices().stream().anyMatch(ch -> ch.value().equals(value.asText())));
            rows.add(carried(fieldRow, c, Pointer.of("profile", f.code()), m));
        }
        return rows;
    }

    private static Map<String, Object> row(String question, String answer, List<String> more, String href, Messages m) {
        Map<String, Object> row = new HashMap<>();
        row.put("question", question);
        row.put("answer", answer);
        row.put("more", more);
        row.put("href", href);
        row.put("change", m.get("check_change"));
        return row;
    }

    /** The row, marked where its answer is still as carried over. */
    private static Map<String, Object> carried(Map<String, Object> row, Submitting.Check c, String pointer, Messages m) {
        if (c.carried().has(pointer)) {
            row.put("carried", m.get("carried_tag", "year", String.valueOf(c.carried().from())));
        }
        return row;
    }

    /** One section's page: every question with its answer in words, its source and note, and a link to change it. */
    static Map<String, Object> section(Submitting.Check c, Section s, Questionnaire q, Messages m) {
        String base = Report.path(c.country(), c.year());
        Map<String, Object> view = new HashMap<>();
        view.put("title", m.get("check_section_title", "title", s.title()));
        view.put("caption", m.get("section_caption", "country", c.countryName(), "year", String.valueOf(c.year())));
        view.put("packText", !m.language().equals("en"));
        view.put("wholeHref", base + "/check");
        view.put("sectionHref", base + "/" + s.id());
        view.put("editable", c.editable());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Item item : q.items()) {
            if (item.section().equals(s.id())) {
                JsonNode answer = c.items().get(Pointer.of("answers", item.code()));
                Map<String, Object> row = row(item.question(), AnswerWords.of(item, answer, m), AnswerWords.sourceAndNote(item, answer, m),
                        base + "/" + s.id() + "#a-" + item.code(), m);
                row.put("unanswered", answer == null);
                row.put("answerLang", answer != null && !AnswerWords.notKnown(item, answer) && (item.type() == org.gapcheck.questionnaire.ItemType.CHOICE
                        || item.type() == org.gapcheck.questionnaire.ItemType.NUMBER && item.unit() != null && !item.unit().isBlank()));
                rows.add(carried(row, c, Pointer.of("answers", item.code()), m));
            }
        }
        view.put("rows", rows);
        return view;
    }

    /** A refused submit's errors, each linking to the page and field that puts it right. */
    static List<Error> errors(Submitting.Check c, List<SubmissionError> errors, Questionnaire q, Messages m) {
        String base = Report.path(c.country(), c.year());
        List<Error> out = new ArrayList<>();
        for (SubmissionError e : errors) {
            String path = e.path();
            if (path.equals("/region")) {
                out.add(new Error(base + "/profile#region", m.get("error_region_missing")));
            } else if (path.startsWith("/profile/")) {
                String field = Pointer.unescape(path.substring("/profile/".length()).split("/")[0]);
                out.add(new Error(base + "/profile#p-" + field, m.get("error_at", "where", field, "what", e.message())));
            } else if (path.startsWith("/answers/")) {
                String code = Pointer.unescape(path.substring("/answers/".length()).split("/")[0]);
                String where = q.items().stream().filter(i -> i.code().equals(code)).findFirst()
                        .map(i -> base + "/" + i.section() + "#a-" + code).orElse(base);
                out.add(new Error(where, m.get("error_at", "where", code, "what", e.message())));
            } else {
                out.add(new Error(base, m.get("error_at", "where", path, "what", e.message())));
            }
        }
        return out;
    }
}
