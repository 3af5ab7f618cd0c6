package org.gapcheck.workbook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.app.Messages;
import org.gapcheck.app.WorkbookWords;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;

/**
 * Fuzz target (issue 17, the upload's standing check): any bytes uploaded as a workbook are read,
 * each cell in error named, or refused whole with {@link WorkbookRefused} and a reason (the page
 * says it, the command line exits 2); never any other exception, which would be a 500. In
 * {@code verify} it replays the seeds in {@code WorkbookReaderFuzzTestInputs/readsOrRefuses} (a
 * workbook Gapcheck wrote among them); {@code .ci/fuzz} fuzzes it.
 */
class WorkbookReaderFuzzTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final Words WORDS = WorkbookWords.of(Messages.of("en"), "Test country XAF", 2024, PACK.manifest().version());
    private static final WorkbookReader.Expected EXPECTED = expected();

    private static WorkbookReader.Expected expected() {
        Map<String, String> regions = new LinkedHashMap<>();
        PACK.questionnaire().regions().forEach(r -> regions.put(r.id(), r.name()));
        List<Reservable> reservable = PACK.ruleBase().criteria().stream()
                .filter(c -> c.qualifier() != null && c.items() != null && !c.items().isEmpty())
                .map(c -> new Reservable(c.id(), c.title(), c.qualifier())).toList();
        return new WorkbookReader.Expected(PACK.questionnaire(), reservable, regions, PACK.manifest().version());
    }

    @FuzzTest(maxDuration = "30s")
    void readsOrRefuses(byte[] bytes) {
        try {
            WorkbookReader.Upload upload = WorkbookReader.read(bytes, EXPECTED, language -> WORDS);
            assertNotNull(upload.country());
            upload.errors().forEach(e -> assertFalse(e.reason().isBlank(), "an error says why"));
        } catch (WorkbookRefused e) {
            assertNotNull(e.getMessage(), "a refusal says why");
            assertFalse(e.getMessage().isBlank(), "a refusal says why");
        }
    }
}
