package org.gapcheck.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a rule pack's files come from: a directory a policy expert edits, or the copy embedded in
 * the jar. Paths are relative to the pack root and always use '/'.
 */
public interface PackSource {

    /** The file's text, or empty when the pack has no such file. */
    Optional<String> read(String relativePath);

    /** How problems name the file, e.g. {@code rules/catalogue/challenges.yaml}. */
    String display(String relativePath);

    /** A short description for logs: where the pack was loaded from. */
    String description();

    /**
     * The build-time snapshot of a file (see {@code core.PackSnapshot}): a YAML file as JSON, a
     * DRL file as its parsed rules in JSON; empty when the source has none, and then the file
     * itself is parsed.
     */
    default Optional<String> snapshot(String relativePath) {
        return Optional.empty();
    }

    /**
     * A file's text as UTF-8, read only if it holds at most {@link Limits#MAX_FILE_BYTES}: its size is
     * checked before it is read, and no more than the limit is ever read. A file over the limit or
     * not UTF-8 is a {@link PackLoadException} naming it.
     *
     * @param display the file as problems name it
     */
    static String readBounded(Path file, String display) {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            byte[] bytes = size > Limits.MAX_FILE_BYTES ? null : in.readNBytes(Limits.MAX_FILE_BYTES + 1);
            if (bytes == null || bytes.length > Limits.MAX_FILE_BYTES) {
                throw new PackLoadException(List.of(new PackProblem(display, 0, 0, null, "limit/file-size",
                        "the file holds " + Math.max(size, Limits.MAX_FILE_BYTES + 1L) + " bytes; a pack file may hold at most "
                                + Limits.MAX_FILE_BYTES + " bytes (" + Limits.MAX_FILE_BYTES / (1024 * 1024) + " MiB)")));
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PackLoadException(List.of(new PackProblem(display, 0, 0, null, "file/encoding", "the file is not UTF-8 text")));
        } catch (IOException e) {
            throw new PackLoadException(List.of(new PackProblem(display, 0, 0, null, "file/unreadable",
                    "cannot be read: " + e.getMessage())));
        }
    }

    static PackSource directory(Path root) {
        return new DirectorySource(root);
    }

    static PackSource embedded() {
        return new EmbeddedSource();
    }

    record DirectorySource(Path root) implements PackSource {
        @Override
        public Optional<String> read(String relativePath) {
            Path file = root.resolve(relativePath);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(readBounded(file, display(relativePath)));
        }

        @Override
        public String display(String relativePath) {
            return root.resolve(relativePath).normalize().toString();
        }

        @Override
        public String description() {
            return root.toAbsolutePath().normalize().toString();
        }
    }

    /** The pack copied into the jar at build time under {@code rules/}, with its snapshot under {@code rules-snapshot/}. */
    record EmbeddedSource() implements PackSource {
        private static final String ROOT = "rules/";
        public static final String SNAPSHOT_ROOT = "rules-snapshot/";

        @Override
        public Optional<String> read(String relativePath) {
            return resource(ROOT + relativePath);
        }

        @Override
        public Optional<String> snapshot(String relativePath) {
            return resource(SNAPSHOT_ROOT + relativePath + ".json");
        }

        private static Optional<String> resource(String path) {
            try (InputStream in = PackSource.class.getClassLoader().getResourceAsStream(path)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read embedded " + path, e);
            }
        }

        @Override
        public String display(String relativePath) {
            return ROOT + relativePath;
        }

        @Override
        public String description() {
            return "embedded";
        }
    }
}
