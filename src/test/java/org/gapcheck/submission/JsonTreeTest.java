package org.gapcheck.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers no number type holds: refused at their pointer, line and column (found by SubmissionReaderFuzzTest). */
class JsonTreeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1e1000011010000110|''|1|1",
            "{\"reporting_year\": 1e1000011010000110}|/reporting_year|1|20",
            "{\"answers\": {\"X.Y\": {\"value\": -2.5E-99999999999}}}|/answers/X.Y/value|1|31"})
    void aNumberBeyondAnyTypeIsRefusedWhereItIs(String json, String path, int line, int column) {
        List<SubmissionError> errors = new ArrayList<>();
        assertTrue(JsonTree.parse(json.getBytes(StandardCharsets.UTF_8), errors).isEmpty(), "not read as infinity or zero");
        assertEquals(1, errors.size(), errors.toString());
        SubmissionError error = errors.get(0);
        assertEquals(path, error.path());
        assertEquals("out_of_range", error.code());
        assertEquals(line, error.line());
        assertEquals(column, error.column());
        assertTrue(error.message().contains("beyond any number"), error.message());
    }
}
