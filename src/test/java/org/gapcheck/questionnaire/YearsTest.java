package org.gapcheck.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class YearsTest {

    @Test
    void theSchemaPatternMatchesExactlyTheReportableYears() {
        Pattern pattern = Pattern.compile(Years.reportablePattern());
        for (int year = 1000; year <= 9999; year++) {
            assertEquals(Years.reportable(year), pattern.matcher(String.valueOf(year)).matches(), String.valueOf(year));
        }
        for (String other : new String[] {"", "209", "02010", "20100", " 2010", "2010 ", "２０１０"}) {
            assertFalse(pattern.matcher(other).matches(), other);
        }
    }

    @Test
    void theBoundsAreInclusive() {
        assertFalse(Years.reportable(Years.FIRST_REPORTING - 1));
        assertEquals(true, Years.reportable(Years.FIRST_REPORTING));
        assertEquals(true, Years.reportable(Years.LAST_REPORTING));
        assertFalse(Years.reportable(Years.LAST_REPORTING + 1));
        assertEquals(Years.FIRST_REPORTING + "-" + Years.LAST_REPORTING, Years.reportableRange());
    }
}
