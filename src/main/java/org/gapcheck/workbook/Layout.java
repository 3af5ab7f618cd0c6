package org.gapcheck.workbook;

import java.util.ArrayList;
import java.util.List;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ProfileField;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.Section;
import org.gapcheck.submission.Pointer;

/**
 * Where each answer stands in the workbook: a sheet "About the country" for the regional group and
 * the profile, one sheet per section (named by its id, as the questionnaire's codes start), and
 * "Reservations". The writer lays rows out from here and records each in the binding sheet; the
 * reader reads the cells the binding names, so both agree by construction.
 */
final class Layout {

    static final String PROFILE = "Profile";
    static final String RESERVATIONS = "Reservations";
    static final String README = "Read me";
    /** The binding sheet: very hidden and protected, see {@link Binding}. */
    static final String BINDING = "_gapcheck";
    /** Each list's words, one column per list, very hidden; drop-downs refer to them. */
    static final String LISTS = "_lists";
    /** The first row of answers on a sheet (0-based): row 1 is the sheet's title, row 2 the column heads. */
    static final int FIRST_ROW = 3;

    // Columns of an answer row (0-based): code, question, answer, unit and range, source document, law, web address, note, help.
    static final int CODE = 0;
    static final int QUESTION = 1;
    static final int ANSWER = 2;
    static final int UNIT = 3;
    static final int DOCUMENT = 4;
    static final int LAW = 5;
    static final int URL = 6;
    static final int NOTE = 7;
    static final int HELP = 8;
    // A reservation's row: criterion, its recommendation's words, the law, the reason.
    static final int RESERVATION_LAW = 2;
    static final int RESERVATION_REASON = 3;

    private Layout() {
    }

    /** What a row holds: an item's answer, a profile field (or the regional group), or a reservation. */
    enum Kind { ANSWER, PROFILE, RESERVATION }

    /**
     * A row of the workbook.
     *
     * @param row     0-based
     * @param code    what column A shows: an item's or profile field's code, a criterion's id, {@code region}
     * @param pointer the item of the submission it answers
     */
    record Row(Kind kind, String sheet, int row, String code, String pointer) {

        /** A cell of the row as people name it, {@code HR!C12}. */
        String ref(int column) {
            return sheet + "!" + (char) ('A' + column) + (row + 1);
        }
    }

    static List<Row> rows(Questionnaire q, List<Reservable> reservable) {
        List<Row> rows = new ArrayList<>();
        int r = FIRST_ROW;
        rows.add(new Row(Kind.PROFILE, PROFILE, r++, "region", "/region"));
        for (ProfileField f : q.profile()) {
            rows.add(new Row(Kind.PROFILE, PROFILE, r++, f.code(), Pointer.of("profile", f.code())));
        }
        for (Section s : q.sections()) {
            r = FIRST_ROW;
            for (Item item : q.items()) {
                if (item.section().equals(s.id())) {
                    rows.add(new Row(Kind.ANSWER, s.id(), r++, item.code(), Pointer.of("answers", item.code())));
                }
            }
        }
        r = FIRST_ROW;
        for (Reservable c : reservable) {
            rows.add(new Row(Kind.RESERVATION, RESERVATIONS, r++, c.criterion(), Pointer.of("reservations", c.criterion())));
        }
        return rows;
    }
}
