package org.gapcheck.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.questionnaire.ProfileField;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.Section;

/**
 * The country's questionnaire as an .xlsx workbook (Apache POI), as the annual report questionnaire
 * is filled in: a sheet to read first, "About the country", one sheet per section, the
 * reservations; each question with its help and standard beside it, the current answers filled
 * in, a drop-down where the answer is a word of a list, the figures' ranges checked as typed. Codes
 * and questions are locked (the sheets are protected against slips, password {@value #PROTECTION});
 * answers, sources and notes are not. The {@link Binding} sheet ties it to the questionnaire.
 */
public final class WorkbookWriter {

    /** Not a secret: protection only keeps codes and questions from being changed by mistake; the binding detects it. */
    static final String PROTECTION = "gapcheck";

    /**
     * What a workbook is made from.
     *
     * @param items        the draft's items at their JSON Pointers, as the active questionnaire reads them
     * @param draftVersion the draft's version they were read at
     * @param regions      the regional groups' ids to their names
     */
    public record Content(String country, int year, String packVersion, long draftVersion, String language, Questionnaire questionnaire,
                          Map<String, JsonNode> items, List<Reservable> reservable, Map<String, String> regions) {
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Words words;
    private final CellStyle head;
    private final CellStyle locked;
    private final CellStyle open;
    private final Sheet lists;
    private final Map<Map<String, String>, String> listRanges = new HashMap<>();

    private WorkbookWriter(Words words) {
        this.words = words;
        Font bold = workbook.createFont();
        bold.setBold(true);
        head = workbook.createCellStyle();
        head.setFont(bold);
        head.setWrapText(true);
        locked = workbook.createCellStyle();
        locked.setWrapText(true);
        open = workbook.createCellStyle();
        open.setWrapText(true);
        open.setLocked(false);
        lists = workbook.createSheet(Layout.LISTS);
    }

    /** The workbook's bytes. */
    public static byte[] write(Content content, Words words) {
        WorkbookWriter w = new WorkbookWriter(words);
        try (XSSFWorkbook workbook = w.workbook) {
            w.fill(content);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a workbook written to memory", e);
        }
    }

    private void fill(Content c) {
        Questionnaire q = c.questionnaire();
        Sheet readMe = workbook.createSheet(Layout.README);
        title(readMe, words.title());
        for (int i = 0; i < words.readMe().size(); i++) {
            readMe.createRow(2 + i).createCell(0).setCellValue(words.readMe().get(i));
        }
        readMe.setColumnWidth(0, 120 * 256);
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        sheets.put(Layout.PROFILE, sheet(Layout.PROFILE, words.profileTitle(), words.heads()));
        for (Section s : q.sections()) {
            sheets.put(s.id(), sheet(s.id(), s.title(), words.heads()));
        }
        sheets.put(Layout.RESERVATIONS, sheet(Layout.RESERVATIONS, words.reservationsTitle(), words.reservationHeads()));
        Map<String, Item> items = new HashMap<>();
        q.items().forEach(i -> items.put(i.code(), i));
        Map<String, ProfileField> fields = new HashMap<>();
        q.profile().forEach(f -> fields.put(f.code(), f));
        Map<String, Reservable> reservable = new HashMap<>();
        c.reservable().forEach(r -> reservable.put(r.criterion(), r));
        List<Binding.Bound> bound = new ArrayList<>();
        for (Layout.Row r : Layout.rows(q, c.reservable())) {
            Sheet sheet = sheets.get(r.sheet());
            Row row = sheet.createRow(r.row());
            JsonNode stored = c.items().get(r.pointer());
            JsonNode shown = switch (r.kind()) {
                case ANSWER -> answer(sheet, row, items.get(r.code()), stored);
                case PROFILE -> r.code().equals("region") ? choice(sheet, row, "region", words.regionQuestion(), "", Vocabulary.of(c.regions()),
                        stored) : profile(sheet, row, fields.get(r.code()), stored);
                case RESERVATION -> reservation(row, reservable.get(r.code()), stored);
            };
            bound.add(new Binding.Bound(r, Binding.digest(shown)));
        }
        for (Sheet sheet : sheets.values()) {
            sheet.protectSheet(PROTECTION);
        }
        lists.protectSheet(PROTECTION);
        workbook.setSheetOrder(Layout.LISTS, workbook.getNumberOfSheets() - 1);
        workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
        new Binding(c.country(), c.year(), c.packVersion(), c.draftVersion(), c.language(), bound).write(workbook);
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
    }

    private Sheet sheet(String name, String heading, List<String> heads) {
        Sheet sheet = workbook.createSheet(name);
        title(sheet, heading);
        Row row = sheet.createRow(Layout.FIRST_ROW - 1);
        for (int i = 0; i < heads.size(); i++) {
            cell(row, i, heads.get(i), head);
        }
        int[] widths = heads.size() == 4 ? new int[] {22, 60, 50, 70} : new int[] {34, 60, 24, 18, 30, 30, 30, 40, 70};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, Layout.FIRST_ROW);
        return sheet;
    }

    private void title(Sheet sheet, String text) {
        cell(sheet.createRow(0), 0, text, head);
    }

    private JsonNode answer(Sheet sheet, Row row, Item item, JsonNode stored) {
        Vocabulary vocabulary = Vocabulary.of(item.type(), item.choices(), words);
        AnswerCells cells = AnswerCells.of(stored, vocabulary.words());
        cell(row, Layout.CODE, item.code(), locked);
        cell(row, Layout.QUESTION, item.question(), locked);
        valueCell(row, cells);
        String unit = item.type() == ItemType.PERCENTAGE ? "%" : item.unit() == null ? "" : item.unit();
        cell(row, Layout.UNIT, item.type().numeric() ? (unit + " " + words.range().apply(item.lowest(), item.highest())).strip() : unit,
                locked);
        cell(row, Layout.DOCUMENT, cells.document(), open);
        cell(row, Layout.LAW, cells.law(), open);
        cell(row, Layout.URL, cells.url(), open);
        cell(row, Layout.NOTE, cells.note(), open);
        cell(row, Layout.HELP, (item.help() == null ? "" : item.help()) + (item.standard() == null ? "" : "\n" + item.standard()), locked);
        if (item.type().numeric()) {
            figureRule(sheet, row.getRowNum(), item, vocabulary);
        } else if (item.type() != ItemType.TEXT) {
            listRule(sheet, row.getRowNum(), vocabulary);
        }
        return cells.json(vocabulary::tokenOrText);
    }

    private JsonNode profile(Sheet sheet, Row row, ProfileField f, JsonNode stored) {
        return choice(sheet, row, f.code(), f.question(), f.help(), Vocabulary.of(f.type(), f.choices(), words), stored);
    }

    private JsonNode choice(Sheet sheet, Row row, String code, String question, String help, Vocabulary vocabulary, JsonNode stored) {
        AnswerCells cells = AnswerCells.of(stored, vocabulary.words());
        cell(row, Layout.CODE, code, locked);
        cell(row, Layout.QUESTION, question, locked);
        valueCell(row, cells);
        cell(row, Layout.HELP, help == null ? "" : help, locked);
        listRule(sheet, row.getRowNum(), vocabulary);
        return cells.value() == null ? null : cells.json(vocabulary::tokenOrText);
    }

    private JsonNode reservation(Row row, Reservable r, JsonNode stored) {
        ReservationCells cells = ReservationCells.of(stored);
        cell(row, Layout.CODE, r.criterion(), locked);
        cell(row, Layout.QUESTION, r.title() + "\n" + r.qualifier(), locked);
        cell(row, Layout.RESERVATION_LAW, cells.law(), open);
        cell(row, Layout.RESERVATION_REASON, cells.reason(), open);
        return cells.json();
    }

    private void valueCell(Row row, AnswerCells cells) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(Layout.ANSWER);
        cell.setCellStyle(open);
        if (cells.value() instanceof Double d) {
            cell.setCellValue(d);
        } else if (cells.value() != null) {
            cell.setCellValue((String) cells.value());
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** A drop-down of the vocabulary's words, from a column of the lists' sheet (a list's words may pass the 255 characters a formula holds). */
    private void listRule(Sheet sheet, int row, Vocabulary vocabulary) {
        String range = listRanges.computeIfAbsent(vocabulary.words(), words -> {
            int column = listRanges.size();
            int r = 0;
            for (String word : words.values()) {
                Row line = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
                line.createCell(column).setCellValue(word);
                r++;
            }
            String letters = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
            return "'" + Layout.LISTS + "'!$" + letters + "$1:$" + letters + "$" + words.size();
        });
        DataValidationHelper helper = sheet.getDataValidationHelper();
        rule(sheet, row, helper.createFormulaListConstraint(range), words.listError());
    }

    /** A figure in its range, or "Not known" ("Never" too for a year), as the submission reader takes it. */
    private void figureRule(Sheet sheet, int row, Item item, Vocabulary vocabulary) {
        String c = "C" + (row + 1);
        StringBuilder formula = new StringBuilder("OR(AND(ISNUMBER(").append(c).append("),").append(c).append(">=")
                .append(plain(item.lowest())).append(',').append(c).append("<=").append(plain(item.highest())).append(')');
        vocabulary.words().values().forEach(word -> formula.append(',').append(c).append("=\"").append(word.replace("\"", "\"\""))
                .append('"'));
        formula.append(')');
        DataValidationHelper helper = sheet.getDataValidationHelper();
        rule(sheet, row, helper.createCustomConstraint(formula.toString()), words.figureError().apply(item.lowest(), item.highest()));
    }

    private static void rule(Sheet sheet, int row, DataValidationConstraint constraint, String error) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation rule = helper.createValidation(constraint, new CellRangeAddressList(row, row, Layout.ANSWER, Layout.ANSWER));
        rule.setShowErrorBox(true);
        rule.setErrorStyle(DataValidation.ErrorStyle.STOP);
        rule.createErrorBox("Gapcheck", error);
        rule.setEmptyCellAllowed(true);
        sheet.addValidationData(rule);
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
