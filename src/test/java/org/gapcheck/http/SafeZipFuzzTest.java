package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gapcheck.testing.Trees;

/**
 * Fuzz target (issue 14, standing check b): any bytes uploaded as a rule pack are either unpacked
 * inside the folder given, within the size limit, or refused with {@link SafeZip.Refused} and a
 * reason (which the endpoint answers as a 400 {@code ruleset/invalid-archive}); never any other
 * exception, which would be a 500. In {@code verify} it replays the seeds in
 * {@code SafeZipFuzzTestInputs/unpacksInsideOrRefuses}; {@code .ci/fuzz} fuzzes it.
 */
class SafeZipFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void unpacksInsideOrRefuses(byte[] zip) throws IOException {
        Path dir = Files.createTempDirectory("gapcheck-fuzz-zip-");
        Path into = dir.resolve("pack");
        Files.createDirectory(into);
        try {
            SafeZip.extract(zip, into);
            Path root = into.toRealPath();
            long bytes = 0;
            List<Path> written;
            try (Stream<Path> files = Files.walk(dir)) {
                written = files.toList();
            }
            for (Path p : written) {
                assertFalse(Files.isSymbolicLink(p), () -> "no link is created: " + p);
                if (!p.equals(dir)) {
                    assertTrue(p.toRealPath(LinkOption.NOFOLLOW_LINKS).startsWith(root), () -> "written inside the folder: " + p);
                }
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    bytes += Files.size(p);
                }
            }
            assertTrue(bytes <= SafeZip.MAX_UNPACKED_BYTES, "within the unpacked size limit");
        } catch (SafeZip.Refused e) {
            assertNotNull(e.getMessage(), "a refusal says why");
            assertFalse(e.getMessage().isBlank(), "a refusal says why");
        } finally {
            Trees.delete(dir);
        }
    }
}
