package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.submission.InvalidSubmissionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whether duties to give assistance apply turns on pack data about the country (OECD DAC
 * membership, World Bank high income: regions.yaml), never on what the State says about itself
 * (issue 13, point 6: a "donor" field defined by the very conduct asked for was circular).
 */
class ProviderOfAssistanceTest {

    private static final RulePack PACK = RulePackLoader.load(null);

    private static Status status(String country, String recommendation) {
        String region = PACK.regions().country(country).orElseThrow().unGroup();
        var submission = PACK.reader().read(("{\"country\": \"" + country + "\", \"reporting_year\": 2024, \"region\": \"" + region + "\","
                + " \"answers\": {}}").getBytes(StandardCharsets.UTF_8));
        return PACK.evaluator().evaluate(submission).stream().filter(f -> f.recommendation().equals(recommendation)).findFirst()
                .orElseThrow().status();
    }

    @Test
    void aProviderOfAssistanceIsAskedAboutTheAssistanceItGives() {
        assertEquals(Status.NOT_REPORTED, status("XAH", "5(q)"), "XAH is an OECD DAC member in regions.yaml");
        assertEquals(Status.NOT_APPLICABLE, status("XAA", "5(q)"), "XAA is neither a DAC member nor high income");
    }

    @Test
    void realCountriesFollowTheTable() {
        assertEquals(Status.NOT_REPORTED, status("NOR", "5(q)"), "Norway: DAC member");
        assertEquals(Status.NOT_REPORTED, status("QAT", "5(q)"), "Qatar: high income, not in the DAC");
        assertEquals(Status.NOT_APPLICABLE, status("NPL", "5(q)"), "Nepal: neither");
    }

    @ParameterizedTest
    @ValueSource(strings = {"donor", "assistance_provider", "oecd_dac_member", "income_group"})
    void aSubmissionCannotSayWhetherItIsAProvider(String field) {
        InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class, () -> PACK.reader().read(
                ("{\"country\": \"XAA\", \"reporting_year\": 2024, \"region\": \"latin_american_caribbean\", \"profile\": {\"" + field + "\": \"yes\"},"
                        + " \"answers\": {}}").getBytes(StandardCharsets.UTF_8)));
        assertEquals("unknown_profile_field", e.errors().get(0).code());
    }
}
