package org.gapcheck.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gapcheck.core.RulePackLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SubmissionReaderTest {

    private static final SubmissionReader READER = new SubmissionReader(RulePackLoader.load(null).questionnaire());

    private static List<SubmissionError> errors(String json) {
        return errors(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<SubmissionError> errors(byte[] json) {
        return assertThrows(InvalidSubmissionException.class, () -> READER.read(json)).errors();
    }

    private static Submission read(String json) {
        return READER.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} is refused at \"{1}\" with {2}")
    @MethodSource("org.gapcheck.submission.BrokenSubmissions#cases")
    void eachBrokenSubmissionIsRefusedWithItsPathAndReason(String file, String path, String code) {
        List<SubmissionError> errors = errors(BrokenSubmissions.read(file));
        assertTrue(errors.stream().anyMatch(e -> e.path().equals(path) && e.code().equals(code)), errors.toString());
        errors.forEach(e -> assertTrue(e.message().length() > 10, "a reason in words: " + e));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        SubmissionError e = errors(BrokenSubmissions.read("malformed-json.json")).get(0);
        assertEquals(3, e.line());
        assertTrue(e.column() > 1);
    }

    @Test
    void aMistypedCodeGetsASuggestion() {
        SubmissionError e = errors(BrokenSubmissions.read("unknown-item.json")).get(0);
        assertTrue(e.message().contains("did you mean 'DR.NALOXONE_TAKE_HOME'"), e.message());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<SubmissionError> errors = errors("""
                {"country": "xaa", "reporting_year": "2024", "region": "mars", "extra": 1,
                 "profile": {"transit_country": "maybe", "colour": "blue"},
                 "answers": {"DR.NALOXONE_TAKE_HOME": {"value": "yes", "source": {"url": "ftp://x"}, "by": "me"},
                             "DR.NSP_SYRINGES_PER_PWID": -5, "NOPE.CODE": "yes"},
                 "indicators": {"IND.HIV_PREVALENCE_PWID": {"values": {"1999": 5, "2024": 150}}}}
                """);
        Set<String> codes = errors.stream().map(e -> e.path() + " " + e.code()).collect(Collectors.toSet());
        assertEquals(Set.of("/country unknown_country", "/reporting_year wrong_type", "/region unknown_region",
                "/extra unknown_field", "/profile/transit_country choice_not_allowed", "/profile/colour unknown_profile_field",
                "/answers/DR.NALOXONE_TAKE_HOME/source/url invalid_url", "/answers/DR.NALOXONE_TAKE_HOME/by unknown_field",
                "/answers/DR.NSP_SYRINGES_PER_PWID out_of_range", "/answers/NOPE.CODE unknown_item",
                "/indicators/IND.HIV_PREVALENCE_PWID/values/1999 year_out_of_range",
                "/indicators/IND.HIV_PREVALENCE_PWID/values/2024 out_of_range"), codes);
    }

    private static Set<String> pathsAndCodes(List<SubmissionError> errors) {
        return errors.stream().map(e -> e.path() + " " + e.code()).collect(Collectors.toSet());
    }

    @Test
    void everyRequiredFieldLeftOutIsNamedWhereItBelongs() {
        assertEquals(Set.of("/country missing_field", "/reporting_year missing_field", "/region missing_field", "/answers missing_field"),
                pathsAndCodes(errors("{}")));
        assertEquals(Set.of("/answers/DR.NALOXONE_TAKE_HOME/value missing_field",
                        "/answers/DR.OAT_POLICY/source missing_field",
                        "/indicators/IND.HIV_PREVALENCE_PWID/values missing_field"),
                pathsAndCodes(errors("""
                        {"country": "XAA", "reporting_year": 2024, "region": "latin_american_caribbean",
                         "answers": {"DR.NALOXONE_TAKE_HOME": {"note": "a note but no value"},
                                     "DR.OAT_POLICY": {"value": "yes", "source": {}}},
                         "indicators": {"IND.HIV_PREVALENCE_PWID": {"note": "no values"}}}
                        """)));
    }

    @Test
    void anUnknownIndicatorIsRefusedWithASuggestionAndTheOthersStillRead() {
        List<SubmissionError> errors = errors("""
                {"country": "XAA", "reporting_year": 2024, "region": "latin_american_caribbean", "answers": {},
                 "indicators": {"IND.HIV_PREVALENCE_PWD": {"values": {"2024": 5}},
                                "IND.HIV_PREVALENCE_PWID": {"values": {"1999": 5}}}}
                """);
        assertEquals(Set.of("/indicators/IND.HIV_PREVALENCE_PWD unknown_indicator",
                "/indicators/IND.HIV_PREVALENCE_PWID/values/1999 year_out_of_range"), pathsAndCodes(errors));
        SubmissionError unknown = errors.stream().filter(e -> e.code().equals("unknown_indicator")).findFirst().orElseThrow();
        assertTrue(unknown.message().contains("did you mean 'IND.HIV_PREVALENCE_PWID'"), unknown.message());
    }

    @Test
    void documentsOverOneMebibyteAreRefusedUnread() {
        byte[] big = new byte[SubmissionReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        List<SubmissionError> errors = errors(big);
        assertEquals("too_large", errors.get(0).code());
    }

    @Nested
    class ThreeThingsStayDifferent {

        private final Submission submission = read("""
                {"country": "XAA", "reporting_year": 2024, "region": "latin_american_caribbean",
                 "answers": {"DR.NALOXONE_TAKE_HOME": "no", "DR.NALOXONE_FIRST_RESPONDERS": "not_known"}}
                """);

        @Test
        void noIsAnAnswer() {
            assertEquals("no", submission.answers().get("DR.NALOXONE_TAKE_HOME").token());
        }

        @Test
        void notKnownIsAReportedLackOfInformation() {
            assertTrue(submission.answers().get("DR.NALOXONE_FIRST_RESPONDERS").notKnown());
        }

        @Test
        void anItemLeftOutIsNotReported() {
            assertNull(submission.answers().get("DR.NALOXONE_PRISON_RELEASE"));
        }
    }

    @Test
    void answersMayCarryASourceAndANote() {
        Submission s = read("""
                {"country": "XAA", "reporting_year": 2019, "region": "latin_american_caribbean",
                 "answers": {"DR.NALOXONE_TAKE_HOME": {"value": "partly", "source": {"law": "Health Act 2018, s. 12",
                  "url": "https://example.org/act"}, "note": "Two provinces only"}}}
                """);
        Answer a = s.answers().get("DR.NALOXONE_TAKE_HOME");
        assertEquals("partly", a.token());
        assertEquals("Health Act 2018, s. 12", a.source().law());
        assertEquals("Two provinces only", a.note());
    }
}
