package org.gapcheck.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The broken submissions under src/test/resources/submissions/broken, one per error kind, with the
 * pointer and code each must be refused with. The CLI and HTTP tests refuse the same files.
 */
public final class BrokenSubmissions {

    public static final Path DIR = Path.of("src/test/resources/submissions/broken");

    private BrokenSubmissions() {
    }

    /** file name, expected JSON Pointer, expected error code */
    public static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("malformed-json.json", "", "malformed_json"),
                Arguments.of("duplicate-key.json", "/country", "duplicate_key"),
                Arguments.of("unknown-item.json", "/answers/DR.NALOXONE_TAKEHOME", "unknown_item"),
                Arguments.of("wrong-type.json", "/answers/DR.NSP_SYRINGES_PER_PWID", "wrong_type"),
                Arguments.of("out-of-range.json", "/answers/DR.NSP_SYRINGES_PER_PWID", "out_of_range"),
                Arguments.of("choice-not-allowed.json", "/answers/DR.NALOXONE_TAKE_HOME", "choice_not_allowed"),
                Arguments.of("unknown-country.json", "/country", "unknown_country"),
                Arguments.of("year-out-of-range.json", "/reporting_year", "year_out_of_range"),
                Arguments.of("unknown-field.json", "/comments", "unknown_field"));
    }

    public static byte[] read(String name) {
        try {
            return Files.readAllBytes(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
