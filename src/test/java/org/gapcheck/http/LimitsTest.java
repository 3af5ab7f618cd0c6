package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import org.gapcheck.submission.SubmissionReader;
import org.gapcheck.testing.WithDatabase;
import org.junit.jupiter.api.Test;

/** The README's Limits table says what the code does: each figure there is the constant here. */
@MicronautTest(transactional = false)
class LimitsTest extends WithDatabase {

    @Inject
    @Value("${micronaut.server.max-request-size}")
    long serverLimit;

    @Test
    void theServersLimitIsTheLargestEndpointsLimit() {
        assertEquals(BodyLimits.SERVER, serverLimit);
        assertEquals(BodyLimits.SERVER, BodyLimits.SUMMARY.bytes());
        assertTrue(BodyLimits.EVALUATION.bytes() <= BodyLimits.SERVER && BodyLimits.RULESET.bytes() <= BodyLimits.SERVER);
    }

    @Test
    void theReadmeStatesEachLimitAsTheCodeHasIt() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        for (String figure : new String[] {
                "| a submission | " + n.format(SubmissionReader.MAX_BYTES) + " bytes",
                "| `POST /api/evaluations` body | " + n.format(BodyLimits.EVALUATION.bytes()) + " bytes",
                "| `POST /api/summaries` body | " + n.format(BodyLimits.SUMMARY.bytes()) + " bytes",
                "| submissions in one batch | " + n.format(SummaryController.MAX_SUBMISSIONS) + " |",
                "| `POST /api/rulesets/validate` body | " + n.format(BodyLimits.RULESET.bytes()) + " bytes",
                (SafeZip.MAX_ENTRY_BYTES >> 20) + " MiB per file, " + (SafeZip.MAX_UNPACKED_BYTES >> 20) + " MiB in all, "
                        + n.format(SafeZip.MAX_ENTRIES) + " entries, names of " + SafeZip.MAX_NAME_CHARS + " characters ("
                        + SafeZip.MAX_SEGMENT_CHARS + " per",
                "`Retry-After: " + RulesetController.RETRY_AFTER_SECONDS + "`"}) {
            assertTrue(readme.contains(figure), "README lacks: " + figure);
        }
    }
}
