package org.gapcheck.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;

/** An uploaded row's cells read as its answer, each problem as {@code sheet!cell: reason}. */
final class CellText {

    private static final Pattern FIGURE = Pattern.compile("-?\\d+([.,]\\d+)?");

    private CellText() {
    }

    /** A cell as text: a string as it is, a figure without needless zeros, "" for an empty cell or one of another kind. */
    static String of(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString().strip();
            case NUMERIC -> Double.isFinite(cell.getNumericCellValue())
                    ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString() : "";
            default -> "";
        };
    }

    /**
     * The answer the row's cells make (null: none), or null with the errors added to {@code errors}.
     *
     * @param item       the row's item where it answers one (its type decides the value's kind)
     * @param vocabulary the words the value cell takes; null for a reservation's row
     */
    static @Nullable JsonNode answer(Layout.Row r, Row row, @Nullable Item item, @Nullable Vocabulary vocabulary, Words words,
                                     List<WorkbookReader.CellError> errors) {
        if (r.kind() == Layout.Kind.RESERVATION) {
            return new ReservationCells(text(r, row, Layout.RESERVATION_LAW, errors), text(r, row, Layout.RESERVATION_REASON, errors)).json();
        }
        Object value = value(r, row, item, vocabulary, words, errors);
        if (r.kind() == Layout.Kind.PROFILE) {
            return value == null ? null : new AnswerCells(value, "", "", "", "").json(vocabulary::tokenOrText);
        }
        AnswerCells cells = new AnswerCells(value, text(r, row, Layout.DOCUMENT, errors), text(r, row, Layout.LAW, errors),
                text(r, row, Layout.URL, errors), text(r, row, Layout.NOTE, errors));
        return cells.json(vocabulary::tokenOrText);
    }

    /** The value cell: a word of the list (as its token's word), a figure, or text; null where empty or wrong (with its error). */
    private static @Nullable Object value(Layout.Row r, Row row, @Nullable Item item, Vocabulary vocabulary, Words words,
                                          List<WorkbookReader.CellError> errors) {
        Cell cell = row.getCell(Layout.ANSWER);
        String ref = r.ref(Layout.ANSWER);
        CellType type = cell == null ? CellType.BLANK : cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.ERROR || type == CellType.BOOLEAN) {
            errors.add(new WorkbookReader.CellError(ref, type == CellType.ERROR ? "the cell holds a formula's error; enter the answer itself"
                    : "TRUE or FALSE is no answer here. " + listOrFigure(item, vocabulary, words)));
            return null;
        }
        String text = text(r, row, Layout.ANSWER, errors);
        if (text.isEmpty()) {
            return null;
        }
        boolean figure = item != null && item.type().numeric();
        if (figure && type == CellType.NUMERIC) {
            return cell.getNumericCellValue();
        }
        if (figure && FIGURE.matcher(text).matches()) {
            return Double.valueOf(text.replace(',', '.'));
        }
        if (item != null && item.type() == ItemType.TEXT || vocabulary.token(text) != null) {
            return text;
        }
        errors.add(new WorkbookReader.CellError(ref, "“" + org.gapcheck.text.Printable.of(shorten(text)) + "” is not an answer here. "
                + listOrFigure(item, vocabulary, words)));
        return null;
    }

    private static String listOrFigure(@Nullable Item item, Vocabulary vocabulary, Words words) {
        String list = String.join(", ", vocabulary.words().values());
        return item != null && item.type().numeric() ? words.figureError().apply(item.lowest(), item.highest())
                : words.listError() + " (" + list + ")";
    }

    /** A text cell, checked for length. */
    private static String text(Layout.Row r, Row row, int column, List<WorkbookReader.CellError> errors) {
        String text = of(row.getCell(column));
        if (text.length() > WorkbookReader.MAX_TEXT) {
            errors.add(new WorkbookReader.CellError(r.ref(column), "the text is " + text.length() + " characters long; the limit is "
                    + WorkbookReader.MAX_TEXT));
            return "";
        }
        return text;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
