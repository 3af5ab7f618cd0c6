package org.gapcheck.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.workbook.Words;

/** The workbook's words in the language of {@code m}, from the message bundles. */
public final class WorkbookWords {

    private WorkbookWords() {
    }

    /** The words an uploaded workbook's lists were written in, by its language (English where Gapcheck has no bundle for it). */
    public static java.util.function.Function<String, Words> forReading() {
        return language -> of(Messages.of(Languages.supported(language).orElse("en")), "", 0, "");
    }

    public static Words of(Messages m, String countryName, int year, String packVersion) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("yes", m.get("answer_yes"));
        tokens.put("partly", m.get("answer_partly"));
        tokens.put("no", m.get("answer_no"));
        tokens.put("considered", m.get("answer_considered"));
        tokens.put("never", m.get("answer_never"));
        tokens.put("not_known", m.get("answer_not_known"));
        String y = String.valueOf(year);
        return new Words(tokens, m.get("workbook_title", "country", countryName, "year", y),
                List.of(m.get("workbook_read_me_what", "country", countryName, "year", y, "version", packVersion),
                        m.get("workbook_read_me_answer"), m.get("workbook_read_me_source"), m.get("workbook_read_me_codes"),
                        m.get("workbook_read_me_upload")),
                List.of(m.get("workbook_head_code"), m.get("workbook_head_question"), m.get("workbook_head_answer"),
                        m.get("workbook_head_unit"), m.get("workbook_head_document"), m.get("workbook_head_law"), m.get("workbook_head_url"),
                        m.get("workbook_head_note"), m.get("workbook_head_help")),
                List.of(m.get("workbook_head_criterion"), m.get("workbook_head_recommendation"), m.get("workbook_head_reservation_law"),
                        m.get("workbook_head_reservation_reason")),
                m.get("task_profile"), m.get("workbook_reservations"), m.get("region_question"),
                (min, max) -> m.get("workbook_range", "min", min, "max", max), m.get("workbook_list_error"),
                (min, max) -> m.get("workbook_figure_error", "min", min, "max", max));
    }
}
