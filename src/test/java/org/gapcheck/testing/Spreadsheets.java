package org.gapcheck.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A downloaded workbook edited as a person saving it in a spreadsheet program would, for the tests. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** The workbook with {@code edit} made to it. */
    public static byte[] edited(byte[] xlsx, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            edit.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Sets the answer cell (column C) of the row of {@code code} on {@code sheet}. */
    public static Consumer<XSSFWorkbook> answer(String sheet, String code, String value) {
        return w -> row(w, sheet, code).getCell(2).setCellValue(value);
    }

    /** The row whose code (column A) is {@code code} on {@code sheet}. */
    public static Row row(XSSFWorkbook workbook, String sheet, String code) {
        for (Row r : workbook.getSheet(sheet)) {
            if (r.getCell(0) != null && code.equals(r.getCell(0).toString())) {
                return r;
            }
        }
        throw new AssertionError(code + " is not on " + sheet);
    }
}
