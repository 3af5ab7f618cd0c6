package org.gapcheck.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gapcheck.app.Messages;
import org.gapcheck.app.WorkbookWords;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.json.Json;
import org.gapcheck.questionnaire.Region;
import org.gapcheck.submission.Pointer;
import org.gapcheck.testing.Spreadsheets;
import org.junit.jupiter.api.Test;

/**
 * The workbook written from XAF's midterm answers and read back: unchanged it changes nothing;
 * each edited cell is one change; a wrong cell is named {@code sheet!cell}; an edited code,
 * binding, questionnaire version, a zip bomb, a file that is no workbook and external entities are
 * refused or ignored, never followed.
 */
class WorkbookRoundTripTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final Words WORDS = WorkbookWords.of(Messages.of("en"), "Test country XAF", 2024, PACK.manifest().version());
    private static final List<Reservable> RESERVABLE = PACK.ruleBase().criteria().stream()
            .filter(c -> c.qualifier() != null && c.items() != null && !c.items().isEmpty())
            .map(c -> new Reservable(c.id(), c.title(), c.qualifier())).toList();

    private static Map<String, String> regions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Region r : PACK.questionnaire().regions()) {
            out.put(r.id(), r.name());
        }
        return out;
    }

    private static final WorkbookReader.Expected EXPECTED = new WorkbookReader.Expected(PACK.questionnaire(), RESERVABLE, regions(),
            PACK.manifest().version());

    private static Map<String, JsonNode> fixture() throws IOException {
        JsonNode doc = Json.mapper().readTree(Files.readString(Path.of("fixtures/xaf-midterm-2024.json")));
        Map<String, JsonNode> items = new LinkedHashMap<>();
        items.put("/region", doc.get("region"));
        for (String group : List.of("profile", "answers", "reservations")) {
            doc.path(group).fields().forEachRemaining(e -> items.put(Pointer.of(group, e.getKey()), e.getValue()));
        }
        return items;
    }

    private static byte[] written(String version) throws IOException {
        return WorkbookWriter.write(new WorkbookWriter.Content("XAF", 2024, version, 42, "en", PACK.questionnaire(), fixture(), RESERVABLE,
                regions()), WORDS);
    }

    private static WorkbookReader.Upload read(byte[] bytes) {
        return WorkbookReader.read(bytes, EXPECTED, language -> WORDS);
    }

    @Test
    void aWorkbookReadBackAsWrittenChangesNothingAndShowsTheAnswersInWords() throws IOException {
        byte[] bytes = written(PACK.manifest().version());
        WorkbookReader.Upload upload = read(bytes);
        assertEquals(List.of(), upload.errors());
        assertEquals(List.of(), upload.changes(), "no cell changed, nothing to save: figures, sources and notes included");
        assertEquals("XAF", upload.country());
        assertEquals(2024, upload.year());
        assertEquals(42, upload.draftVersion());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(Layout.README, workbook.getSheetName(0), "the sheet to read first");
            assertEquals("Partly", Spreadsheets.row(workbook, "HR", "HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").getCell(Layout.ANSWER).getStringCellValue());
            assertEquals(26.0, Spreadsheets.row(workbook, "HR", "HR.WOMEN_PRISONERS_DRUG_OFFENCES_PERCENT").getCell(Layout.ANSWER).getNumericCellValue());
            assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(workbook.getSheetIndex(Layout.BINDING)));
            assertTrue(workbook.getSheet("HR").getProtect(), "codes and questions are locked against slips");
            assertFalse(Spreadsheets.row(workbook, "HR", "HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").getCell(Layout.ANSWER).getCellStyle().getLocked());
            assertTrue(workbook.getSheet("HR").getDataValidations().size() > 10, "drop-downs and ranges");
            for (var section : PACK.questionnaire().sections()) {
                assertTrue(workbook.getSheet(section.id()) != null, "a sheet per section: " + section.id());
            }
        }
    }

    @Test
    void eachEditedCellIsOneChangeAndAnEmptiedOneClearsItsAnswer() throws IOException {
        byte[] bytes = Spreadsheets.edited(written(PACK.manifest().version()), w -> {
            Spreadsheets.row(w, "HR", "HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").getCell(Layout.ANSWER).setCellValue("Yes");
            Spreadsheets.row(w, "HR", "HR.WOMEN_PRISONERS_DRUG_OFFENCES_PERCENT").getCell(Layout.ANSWER).setCellValue("31,5");
            Spreadsheets.row(w, "HR", "HR.PRISON_OCCUPANCY_RATE").getCell(Layout.ANSWER).setBlank();
            Spreadsheets.row(w, "HR", "HR.PRISON_OCCUPANCY_RATE").getCell(Layout.NOTE).setCellValue("Census under way.");
        });
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        read(bytes).changes().forEach(c -> changes.put(c.pointer(), c.value()));
        assertEquals(3, changes.size(), changes.toString());
        assertEquals("\"yes\"", changes.get("/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").toString());
        assertEquals("31.5", changes.get("/answers/HR.WOMEN_PRISONERS_DRUG_OFFENCES_PERCENT").toString(), "a decimal comma read too");
        assertEquals("{\"note\":\"Census under way.\"}", changes.get("/answers/HR.PRISON_OCCUPANCY_RATE").toString());
    }

    @Test
    void aCellThatIsNoAnswerIsNamedBySheetAndCell() throws IOException {
        byte[] bytes = Spreadsheets.edited(written(PACK.manifest().version()), w -> {
            Spreadsheets.row(w, "HR", "HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").getCell(Layout.ANSWER).setCellValue("Maybe");
            Spreadsheets.row(w, "HR", "HR.WOMEN_PRISONERS_DRUG_OFFENCES_PERCENT").getCell(Layout.ANSWER).setCellValue("about a third");
        });
        List<WorkbookReader.CellError> errors = read(bytes).errors();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).toString().matches("HR!C\\d+: “Maybe” is not an answer here\\. Choose an answer from the list \\(Yes, Partly, No,"
                + " Not known\\)"), errors.get(0).toString());
        assertTrue(errors.get(1).toString().matches("HR!C\\d+: .* Enter a number from 0 to 100, or choose Not known from the list"),
                errors.get(1).toString());
    }

    @Test
    void anEditedCodeAnotherQuestionnaireOrAnEditedBindingIsRefusedWhole() throws IOException {
        byte[] code = Spreadsheets.edited(written(PACK.manifest().version()), w -> Spreadsheets.row(w, "HR", "HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").getCell(0)
                .setCellValue("HR.SOMETHING_ELSE"));
        WorkbookRefused refused = assertThrows(WorkbookRefused.class, () -> read(code));
        assertTrue(refused.getMessage().matches("HR!A\\d+ should hold HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW: a code, a row or a sheet was"
                + " changed.*"), refused.getMessage());
        assertTrue(assertThrows(WorkbookRefused.class, () -> read(written("0.0.1"))).getMessage()
                .startsWith("it was made from the questionnaire of rule pack 0.0.1; the one in use is " + PACK.manifest().version()));
        byte[] binding = Spreadsheets.edited(written(PACK.manifest().version()), w -> w.getSheet(Layout.BINDING).getRow(1).getCell(1).setCellValue("XAG"));
        assertTrue(assertThrows(WorkbookRefused.class, () -> read(binding)).getMessage().startsWith("its hidden sheet _gapcheck"));
        byte[] gone = Spreadsheets.edited(written(PACK.manifest().version()), w -> w.removeSheetAt(w.getSheetIndex(Layout.BINDING)));
        assertTrue(assertThrows(WorkbookRefused.class, () -> read(gone)).getMessage().startsWith("this is not a workbook Gapcheck made"));
    }

    @Test
    void aFileThatIsNoWorkbookOrAZipBombIsRefusedBeforePoiReadsIt() throws IOException {
        assertTrue(assertThrows(WorkbookRefused.class, () -> read("name,answer\n".getBytes(StandardCharsets.UTF_8))).getMessage()
                .startsWith("the file is not an .xlsx workbook"));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bomb.size() < 100_000, "small on the wire: " + bomb.size());
        assertEquals("the file unpacks to more than 24 MiB", assertThrows(WorkbookRefused.class, () -> read(bomb.toByteArray())).getMessage());
        assertTrue(assertThrows(WorkbookRefused.class, () -> read(new byte[WorkbookReader.MAX_BYTES + 1])).getMessage()
                .startsWith("the file is 5242881 bytes; the limit is 5242880"));
    }

    @Test
    void anExternalEntityInTheSharedStringsIsNeverFollowed() throws IOException {
        Path secret = Files.createTempFile("gapcheck-secret-", ".txt");
        Files.writeString(secret, "TOP-SECRET-LINE");
        try {
            byte[] bytes = rewritten(written(PACK.manifest().version()), "xl/sharedStrings.xml", xml -> xml.replaceFirst("<sst ",
                    "<!DOCTYPE sst [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><sst ").replaceFirst("<t>Partly</t>", "<t>&x;</t>"));
            try {
                WorkbookReader.Upload upload = read(bytes);
                assertTrue(upload.changes().stream().noneMatch(c -> String.valueOf(c.value()).contains("TOP-SECRET")), upload.changes().toString());
                assertTrue(upload.errors().stream().noneMatch(e -> e.reason().contains("TOP-SECRET")), upload.errors().toString());
            } catch (WorkbookRefused refused) {
                assertFalse(refused.getMessage().contains("TOP-SECRET"), refused.getMessage());
            }
        } finally {
            Files.delete(secret);
        }
    }

    /** The zip with entry {@code name} rewritten by {@code change}. */
    private static byte[] rewritten(byte[] zip, String name, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream to = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                to.putNextEntry(new ZipEntry(e.getName()));
                to.write(e.getName().equals(name) ? change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                        : content);
                to.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
