package org.gapcheck.workbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What binds a workbook to the questionnaire it was made from, on its very hidden, protected sheet
 * {@value Layout#BINDING}: the country, the year, the rule pack's version (its questionnaire), the
 * draft version it was read at, its language, and per row the sheet, the row, the item and the
 * SHA-256 of its answer as downloaded (so that only the rows a person changed are saved); with a
 * SHA-256 over all of it. An edited code, a row moved or a sheet
 * renamed no longer matches (see {@link WorkbookReader}); a changed binding no longer hashes to its
 * checksum. It is a check against mistakes, not a signature: whoever uploads may do no more than the
 * same person can through the pages.
 *
 * @param draftVersion the draft version read when the workbook was made: a change saved by someone else since conflicts
 */
record Binding(String country, int year, String packVersion, long draftVersion, String language, List<Bound> rows) {

    static final String FORMAT = "gapcheck-workbook 1";

    /** A row of the workbook and the SHA-256 of its answer as downloaded ({@link #digest}). */
    record Bound(Layout.Row row, String original) {
    }

    /** The SHA-256 of an answer's JSON as the cells make it ({@link AnswerCells#json}), or of "" for none. */
    static String digest(@io.micronaut.core.annotation.Nullable com.fasterxml.jackson.databind.JsonNode answer) {
        return sha256(answer == null ? "" : answer.toString());
    }

    String checksum() {
        StringBuilder all = new StringBuilder(FORMAT).append('\n').append(country).append('\n').append(year).append('\n')
                .append(packVersion).append('\n').append(draftVersion).append('\n').append(language).append('\n');
        for (Bound b : rows) {
            Layout.Row r = b.row();
            all.append(r.kind()).append('\t').append(r.sheet()).append('\t').append(r.row()).append('\t').append(r.code()).append('\t')
                    .append(r.pointer()).append('\t').append(b.original()).append('\n');
        }
        return sha256(all.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    void write(Workbook workbook) {
        Sheet sheet = workbook.createSheet(Layout.BINDING);
        String[][] head = {{"format", FORMAT}, {"country", country}, {"year", String.valueOf(year)}, {"questionnaire", packVersion},
            {"draft_version", String.valueOf(draftVersion)}, {"language", language}, {"checksum", checksum()}};
        int r = 0;
        for (String[] line : head) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line[0]);
            row.createCell(1).setCellValue(line[1]);
        }
        for (Bound b : rows) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(b.row().kind().name());
            row.createCell(1).setCellValue(b.row().sheet());
            row.createCell(2).setCellValue(b.row().row());
            row.createCell(3).setCellValue(b.row().code());
            row.createCell(4).setCellValue(b.row().pointer());
            row.createCell(5).setCellValue(b.original());
        }
        sheet.protectSheet(WorkbookWriter.PROTECTION);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /**
     * The binding of an uploaded workbook.
     *
     * @throws WorkbookRefused where it has none, or one that does not hash to its checksum
     */
    static Binding read(Workbook workbook, int maxRows) {
        Sheet sheet = workbook.getSheet(Layout.BINDING);
        if (sheet == null || !FORMAT.equals(text(sheet, 0, 1))) {
            throw new WorkbookRefused("this is not a workbook Gapcheck made: download the questionnaire as .xlsx from the report's"
                    + " task list, fill it in and upload that file");
        }
        if (sheet.getLastRowNum() > maxRows + 7) {
            throw new WorkbookRefused("its binding sheet has " + sheet.getLastRowNum() + " rows, more than a questionnaire has");
        }
        List<Bound> rows = new ArrayList<>();
        for (int r = 7; r <= sheet.getLastRowNum(); r++) {
            try {
                Layout.Row row = new Layout.Row(Layout.Kind.valueOf(text(sheet, r, 0)), text(sheet, r, 1),
                        Integer.parseInt(text(sheet, r, 2)), text(sheet, r, 3), text(sheet, r, 4));
                rows.add(new Bound(row, text(sheet, r, 5)));
            } catch (IllegalArgumentException e) {
                throw changed();
            }
        }
        Binding binding;
        try {
            binding = new Binding(text(sheet, 1, 1), Integer.parseInt(text(sheet, 2, 1)), text(sheet, 3, 1),
                    Long.parseLong(text(sheet, 4, 1)), text(sheet, 5, 1), rows);
        } catch (NumberFormatException e) {
            throw changed();
        }
        if (!binding.checksum().equals(text(sheet, 6, 1))) {
            throw changed();
        }
        return binding;
    }

    private static WorkbookRefused changed() {
        return new WorkbookRefused("its hidden sheet " + Layout.BINDING + ", which binds each answer to its question, was changed:"
                + " download the questionnaire again and copy your answers into it");
    }

    /** A cell's text ("" for none); a number as an integer where it is one. */
    private static String text(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }
}
