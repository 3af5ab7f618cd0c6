package org.gapcheck.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A submission's region is the one the pack's regions.yaml gives its country; only a country the table places in no group names its own. */
class RegionAgreementTest {

    private static final RulePack PACK = RulePackLoader.load(null);

    private static Submission read(String country, String region) {
        return PACK.reader().read(("{\"country\": \"" + country + "\", \"reporting_year\": 2024, \"region\": \"" + region
                + "\", \"answers\": {}}").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"XAC, african, western_european_other, Western European and other States",
            "XAA, western_european_other, latin_american_caribbean, Latin American and Caribbean States",
            "NOR, asia_pacific, western_european_other, Western European and other States",
            "NPL, african, asia_pacific, Asia-Pacific States"})
    void aRegionTheTableContradictsIsAnErrorNamingTheTablesRegion(String country, String given, String placed, String name) {
        List<SubmissionError> errors = assertThrows(InvalidSubmissionException.class, () -> read(country, given)).errors();
        assertEquals(List.of(SubmissionError.at("/region", "region_mismatch", "'region' is " + given
                + ", but the rule pack (regions.yaml) places " + country + " in " + placed + " (" + name + ")")), errors);
    }

    @Test
    void theTablesRegionIsRead() {
        assertEquals("western_european_other", read("XAC", "western_european_other").region());
        assertEquals("asia_pacific", read("NPL", "asia_pacific").region());
    }

    @ParameterizedTest
    @CsvSource({"VAT, western_european_other", "PSE, asia_pacific", "ATA, african"})
    void aCountryInNoGroupNamesItsOwn(String country, String region) {
        assertEquals(region, read(country, region).region());
    }

    @Test
    void aReaderWithoutTheTableChecksNothing() {
        SubmissionReader bare = new SubmissionReader(PACK.questionnaire());
        assertEquals("african", bare.read("{\"country\": \"XAC\", \"reporting_year\": 2024, \"region\": \"african\", \"answers\": {}}"
                .getBytes(StandardCharsets.UTF_8)).region());
    }
}
