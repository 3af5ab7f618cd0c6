package org.gapcheck.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Archives a hostile or careless uploader sends: each malformed in one way (issue 14, item 4). */
public final class HostileZips {

    private HostileZips() {
    }

    /** Name -> archive: every kind of malformed archive the rule-pack endpoint must answer with a 400. */
    public static Map<String, byte[]> malformed() {
        Map<String, byte[]> zips = new LinkedHashMap<>();
        zips.put("symlink entry", symlink("rules", "/etc"));
        zips.put("file then folder of the same name", zip("rules", "x", "rules/pack.yaml", "name: p"));
        zips.put("folder then file of the same name", zip("rules/", null, "rules", "x"));
        zips.put("the same entry twice", replace(zip("pack.yaml", "a: 1", "pack.yamQ", "b: 2"), "yamQ", "yaml".getBytes(StandardCharsets.US_ASCII)));
        zips.put("300-character name", zip("rules/" + "a".repeat(300) + ".yaml", "x"));
        zips.put("NUL in a name", zip("rules/pa\0ck.yaml", "x"));
        zips.put("invalid UTF-8 in a name", replace(zip("rules/QQ.yaml", "x"), "QQ", new byte[] {(byte) 0xc1, (byte) 0x81}));
        byte[] whole = zip("pack.yaml", "name: p\n".repeat(500));
        zips.put("truncated zip", Arrays.copyOf(whole, whole.length / 2));
        zips.put("bare PK header", "PK".getBytes(StandardCharsets.US_ASCII));
        return zips;
    }

    /** A zip of name/content pairs; a null content makes a folder entry. */
    public static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                if (namesAndContents[i + 1] != null) {
                    zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip whose one entry is a Unix symbolic link (made on Unix, mode 0120777) to {@code target}. */
    public static byte[] symlink(String name, String target) {
        byte[] zip = zip(name, target);
        for (int at = 0; at + 46 < zip.length; at++) {
            if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 1 && zip[at + 3] == 2) {
                zip[at + 5] = 3; // version made by: Unix
                int mode = 0120777;
                zip[at + 40] = (byte) (mode & 0xff);
                zip[at + 41] = (byte) (mode >> 8);
            }
        }
        return zip;
    }

    private static byte[] replace(byte[] zip, String marker, byte[] with) {
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        for (int at = 0; at + m.length <= zip.length; at++) {
            if (Arrays.equals(zip, at, at + m.length, m, 0, m.length)) {
                System.arraycopy(with, 0, zip, at, with.length);
            }
        }
        return zip;
    }
}
