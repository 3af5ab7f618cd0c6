package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gapcheck.testing.HostileZips;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class SafeZipTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyMalformedArchiveIsRefusedWithAReason() {
        return HostileZips.malformed().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path into = Files.createTempDirectory(dir, "x");
            SafeZip.Refused refused = assertThrows(SafeZip.Refused.class, () -> SafeZip.extract(e.getValue(), into));
            assertFalse(refused.getMessage().isBlank());
            assertTrue(refused.getMessage().chars().noneMatch(c -> c < 0x20), refused.getMessage());
        }));
    }

    @Test
    void aSymbolicLinkIsNamed() {
        SafeZip.Refused refused = assertThrows(SafeZip.Refused.class, () -> SafeZip.extract(HostileZips.symlink("rules", "/etc"), dir));
        assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
    }

    @Test
    void oneFileOverThePerFileLimitIsRefusedAsItUnpacks() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("rules/pack.yaml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) 'a');
            for (int i = 0; i < 40; i++) { // one 40 MiB scalar: the pack bomb of issue 14, item 1
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < 100_000, "the bomb is small: " + bytes.size());
        SafeZip.Refused refused = assertThrows(SafeZip.Refused.class, () -> SafeZip.extract(bytes.toByteArray(), dir));
        assertTrue(refused.getMessage().contains("limit per file is 4 MiB"), refused.getMessage());
    }

    @Test
    void aSoundArchiveUnpacksFilesAndFolders() throws Exception {
        SafeZip.extract(HostileZips.zip("rules/", null, "rules/pack.yaml", "name: p", "fixtures/a.json", "{}"), dir);
        assertEquals("name: p", Files.readString(dir.resolve("rules/pack.yaml")));
        assertTrue(Files.isRegularFile(dir.resolve("fixtures/a.json")));
    }
}
