package org.gapcheck.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ProfileField;
import org.gapcheck.questionnaire.Questionnaire;

/**
 * Reads an uploaded workbook back: checks that it is one Gapcheck made ({@link Binding}) from the
 * questionnaire in use, that no code was edited, and each cell the binding names; gives the answers
 * a person changed (their digest differs from the downloaded one's) and every error as
 * {@code sheet!cell: reason}. It never trusts the file's size or shape: the bytes, the unpacked
 * bytes (counted as they inflate, before POI reads anything), the zip entries and each text are
 * bounded, and POI parses XML without external entities or DTDs. Holds no state: the fuzz target
 * feeds it any bytes.
 */
public final class WorkbookReader {

    /** The largest upload taken: the questionnaire filled in whole is about a tenth of it. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most its zip entries may unpack to, all together. */
    public static final long MAX_UNPACKED_BYTES = 24L * 1024 * 1024;
    public static final int MAX_ENTRIES = 200;
    /** The longest text a cell may hold, as the submission reader's. */
    public static final int MAX_TEXT = 10_000;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_UNPACKED_BYTES);
    }

    private WorkbookReader() {
    }

    /** What the questionnaire in use expects of a workbook. */
    public record Expected(Questionnaire questionnaire, List<Reservable> reservable, Map<String, String> regions, String packVersion) {
    }

    /** An answer the upload changes: the item, the cell that holds it, its value (null: cleared). */
    public record Change(String pointer, String cell, @Nullable JsonNode value) {
    }

    /** A cell that cannot be read as its question's answer. */
    public record CellError(String cell, String reason) {

        @Override
        public String toString() {
            return cell + ": " + reason;
        }
    }

    /**
     * A workbook read: whose and which questionnaire it is, the draft version it was made at, what
     * changed and what cannot be read.
     */
    public record Upload(String country, int year, String packVersion, long draftVersion, List<Change> changes, List<CellError> errors,
                         Map<String, Layout.Row> rows) {

        /** The cell an error of the submission at {@code path} (a JSON Pointer) is about, or the answer's cell. */
        public String cellOf(String path) {
            for (Map.Entry<String, Layout.Row> e : rows.entrySet()) {
                String p = e.getKey();
                if (path.equals(p) || path.startsWith(p + "/")) {
                    String rest = path.substring(p.length());
                    Layout.Row r = e.getValue();
                    int column = rest.startsWith("/source/document") ? Layout.DOCUMENT : rest.startsWith("/source/law") ? Layout.LAW
                            : rest.startsWith("/source/url") ? Layout.URL : rest.startsWith("/note") ? Layout.NOTE
                            : rest.startsWith("/reason") ? Layout.RESERVATION_REASON : Layout.ANSWER;
                    return r.ref(column);
                }
            }
            return path;
        }
    }

    /**
     * Reads {@code bytes}, its lists' words those of the language it was written in ({@code wordsIn}).
     *
     * @throws WorkbookRefused where it is no workbook Gapcheck made from this questionnaire, or past a limit; nothing of it is used
     */
    public static Upload read(byte[] bytes, Expected expected, java.util.function.Function<String, Words> wordsIn) {
        if (bytes.length > MAX_BYTES) {
            throw new WorkbookRefused("the file is " + bytes.length + " bytes; the limit is " + MAX_BYTES + " (5 MiB)");
        }
        checkZip(bytes);
        XSSFWorkbook workbook;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            workbook = new XSSFWorkbook(OPCPackage.open(in));
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            // POI says what it could not read in its own words; the person needs only to know the file is not an .xlsx it can take.
            throw new WorkbookRefused("the file is not an .xlsx workbook that can be read (Excel 2007 or later, or LibreOffice's"
                    + " \"Excel 2007-365\")");
        }
        // Read outside that catch: an exception here is a defect of Gapcheck's, never hidden as a bad file.
        try (workbook) {
            return read(workbook, expected, wordsIn);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("closing a workbook held in memory", e);
        }
    }

    /** Counts every entry's bytes as they inflate, so a zip bomb is refused before POI holds any of it. */
    private static void checkZip(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new WorkbookRefused("the file holds more than " + MAX_ENTRIES + " parts; a workbook Gapcheck made holds about 20");
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new WorkbookRefused("the file unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MiB");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new WorkbookRefused("the file is not an .xlsx workbook (a zip of its parts) that can be read");
        }
        if (entries == 0) {
            throw new WorkbookRefused("the file is not an .xlsx workbook (Excel 2007 or later): it holds no parts");
        }
    }

    private static Upload read(XSSFWorkbook workbook, Expected expected, java.util.function.Function<String, Words> wordsIn) {
        List<Layout.Row> layout = Layout.rows(expected.questionnaire(), expected.reservable());
        Binding binding = Binding.read(workbook, layout.size());
        Words words = wordsIn.apply(binding.language());
        if (!binding.packVersion().equals(expected.packVersion())) {
            throw new WorkbookRefused("it was made from the questionnaire of rule pack " + binding.packVersion() + "; the one in use is "
                    + expected.packVersion() + ": download the questionnaire again and copy your answers into it");
        }
        if (!binding.rows().stream().map(Binding.Bound::row).toList().equals(layout)) {
            throw new WorkbookRefused("its rows are not those of the questionnaire of rule pack " + expected.packVersion()
                    + ": download the questionnaire again and copy your answers into it");
        }
        Map<String, Item> items = new HashMap<>();
        expected.questionnaire().items().forEach(i -> items.put(i.code(), i));
        Map<String, ProfileField> fields = new HashMap<>();
        expected.questionnaire().profile().forEach(f -> fields.put(f.code(), f));
        List<Change> changes = new ArrayList<>();
        List<CellError> errors = new ArrayList<>();
        Map<String, Layout.Row> rows = new java.util.LinkedHashMap<>();
        for (Binding.Bound b : binding.rows()) {
            Layout.Row r = b.row();
            rows.put(r.pointer(), r);
            Sheet sheet = workbook.getSheet(r.sheet());
            Row row = sheet == null ? null : sheet.getRow(r.row());
            if (row == null || !r.code().equals(CellText.of(row.getCell(Layout.CODE)))) {
                throw new WorkbookRefused(r.ref(Layout.CODE) + " should hold " + r.code() + ": a code, a row or a sheet was changed, so the"
                        + " answers can no longer be matched to their questions; download the questionnaire again");
            }
            Vocabulary vocabulary = switch (r.kind()) {
                case ANSWER -> Vocabulary.of(items.get(r.code()).type(), items.get(r.code()).choices(), words);
                case PROFILE -> r.code().equals("region") ? Vocabulary.of(expected.regions())
                        : Vocabulary.of(fields.get(r.code()).type(), fields.get(r.code()).choices(), words);
                case RESERVATION -> null;
            };
            int before = errors.size();
            JsonNode value = CellText.answer(r, row, r.kind() == Layout.Kind.ANSWER ? items.get(r.code()) : null, vocabulary, words, errors);
            if (errors.size() == before && !Binding.digest(value).equals(b.original())) {
                changes.add(new Change(r.pointer(), r.ref(r.kind() == Layout.Kind.RESERVATION ? Layout.RESERVATION_LAW : Layout.ANSWER), value));
            }
        }
        return new Upload(binding.country(), binding.year(), binding.packVersion(), binding.draftVersion(), changes, errors, rows);
    }
}
