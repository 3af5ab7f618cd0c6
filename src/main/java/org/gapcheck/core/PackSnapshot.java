package org.gapcheck.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.pack.PackSource;

/**
 * Writes the snapshot of the embedded pack at build time (Maven's process-classes phase): each
 * YAML file as JSON and each DRL file as its parsed rules, under {@code rules-snapshot/} beside
 * {@code rules/} in the jar. Loading the embedded pack then parses JSON instead of YAML and
 * DRL, which is most of the start-up time (BENCHMARKS.md, benchmark 3); a pack given with
 * {@code --rules} is always parsed from its files. The pack is checked in full first, so a
 * broken pack fails the build with its problems at file and line.
 */
public final class PackSnapshot {

    /** Reads YAML into a tree keeping decimals as written ("0.50" stays "0.50" where a string is wanted). */
    private static final ObjectMapper EXACT = YAMLMapper.builder(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private PackSnapshot() {
    }

    /** @param args the pack folder ({@code rules}), and the classes folder to write the snapshot into */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PackSnapshot RULES_DIR CLASSES_DIR");
        }
        Path rules = Path.of(args[0]);
        Path out = Path.of(args[1]).resolve(PackSource.EmbeddedSource.SNAPSHOT_ROOT);
        RulePack pack = RulePackLoader.load(rules);
        int files = write(rules, out);
        RulePack embedded = RulePackLoader.load(null); // from the snapshot just written, which must load too
        System.out.println("Snapshot of " + pack.manifest().label() + ": " + files + " files in " + out
                + "; the embedded pack loads from it (" + embedded.ruleBase().criteria().size() + " criteria)");
    }

    /** Writes the snapshot of every YAML and DRL file the pack loads (its tests excepted); returns how many. */
    static int write(Path rules, Path out) throws IOException {
        PackSource embedded = PackSource.embedded();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(rules)) {
            sources = walk.filter(Files::isRegularFile)
                    .filter(f -> !rules.relativize(f).startsWith("tests"))
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".drl"))
                    .sorted().toList();
        }
        for (Path file : sources) {
            String relative = rules.relativize(file).toString().replace('\\', '/');
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // The DRL rules carry their file as the embedded pack names it, as reports show it.
            // A YAML file becomes the same tree as JSON, with the same scalars, which the pack's reader reads alike.
            String json = relative.endsWith(".drl") ? RuleBase.drlSnapshot(embedded, relative, text)
                    : JSON.writeValueAsString(EXACT.readTree(text));
            Path target = out.resolve(relative + ".json");
            Files.createDirectories(target.getParent());
            Files.writeString(target, json, StandardCharsets.UTF_8);
        }
        return sources.size();
    }
}
