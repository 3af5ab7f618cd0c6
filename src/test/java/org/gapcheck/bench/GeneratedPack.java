package org.gapcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gapcheck.testing.PackCopy;

/**
 * A copy of the project's rule pack whose chapter files hold {@code n} criterion rules cycled
 * from the real ones: each generated rule keeps a real rule's metadata lines and body verbatim
 * (read from the real DRL text, so it follows the engine's rule shape as it changes) under a new
 * id such as {@code 1(a).gen_00017: generated copy of 1(a).youth_prevention_programme}, in its
 * recommendation's chapter file. Everything else is copied unchanged, except that the
 * applicability rules' {@code @excludes} are pointed at the copies of the criteria they name
 * (the build refuses exclusions of unknown criteria).
 */
final class GeneratedPack {

    private static final Pattern RULE = Pattern.compile("^rule\\s+\"([^\"]+)\"");
    private static final Pattern CHAPTER_FILE = Pattern.compile("chapter-(\\d+)\\.drl");
    private static final Pattern EXCLUDES = Pattern.compile("@excludes\\(\"([^\"]*)\"\\)");

    /** One rule block of a DRL file: its name, the lines between the rule line and "when", and "when" to "end". */
    record Block(String name, List<String> metadata, List<String> body) {
        String id() {
            int colon = name.indexOf(": ");
            return colon < 0 ? name : name.substring(0, colon);
        }

        boolean criterion() {
            return metadata.stream().anyMatch(l -> l.strip().startsWith("@recommendation("));
        }
    }

    /** A DRL file split into its header (comments, package, imports, globals) and its rule blocks. */
    record Drl(String header, List<Block> blocks) {
        static Drl parse(String text) {
            List<String> lines = text.lines().toList();
            int i = 0;
            while (i < lines.size() && !RULE.matcher(lines.get(i)).find()) {
                i++;
            }
            String header = String.join("\n", lines.subList(0, i)).stripTrailing() + "\n";
            List<Block> blocks = new ArrayList<>();
            while (i < lines.size()) {
                Matcher rule = RULE.matcher(lines.get(i));
                if (!rule.find()) {
                    i++; // comments and blank lines between rules are not copied
                    continue;
                }
                int when = i + 1;
                while (!lines.get(when).strip().equals("when")) {
                    when++;
                }
                int end = when;
                while (!lines.get(end).strip().equals("end")) {
                    end++;
                }
                blocks.add(new Block(rule.group(1), lines.subList(i + 1, when), lines.subList(when, end + 1)));
                i = end + 1;
            }
            return new Drl(header, blocks);
        }

        String render() {
            StringBuilder out = new StringBuilder(header);
            for (Block b : blocks) {
                out.append('\n').append("rule \"").append(b.name()).append("\"\n");
                b.metadata().forEach(l -> out.append(l).append('\n'));
                b.body().forEach(l -> out.append(l).append('\n'));
            }
            return out.toString();
        }
    }

    private GeneratedPack() {
    }

    /**
     * Writes the pack into {@code target} (an empty directory). The real criteria are shuffled
     * with a fixed seed before cycling, so that even the smallest pack spans every chapter; a pack
     * of the real size holds each real criterion exactly once.
     *
     * @return what was written, for the log: criteria per chapter, applicability rules kept
     */
    static String write(Path target, int n, long seed) throws IOException {
        PackCopy.into(target);
        Path drl = target.resolve("drl");
        Map<Integer, Drl> chapters = new TreeMap<>();
        try (Stream<Path> files = Files.list(PackCopy.PROJECT_PACK.resolve("drl"))) {
            for (Path f : files.toList()) {
                Matcher m = CHAPTER_FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    chapters.put(Integer.parseInt(m.group(1)), Drl.parse(Files.readString(f)));
                }
            }
        }
        record Real(int chapter, Block block) {
        }
        List<Real> real = new ArrayList<>();
        chapters.forEach((chapter, file) -> file.blocks().stream().filter(Block::criterion)
                .forEach(b -> real.add(new Real(chapter, b))));
        Collections.shuffle(real, new Random(seed));

        Map<Integer, List<Block>> generated = new TreeMap<>();
        chapters.keySet().forEach(c -> generated.put(c, new ArrayList<>()));
        Map<String, List<String>> copiesOf = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Real r = real.get(i % real.size());
            String realId = r.block().id();
            String id = realId.substring(0, realId.indexOf('.')) + String.format(".gen_%05d", i);
            generated.get(r.chapter()).add(new Block(id + ": generated copy of " + realId, r.block().metadata(), r.block().body()));
            copiesOf.computeIfAbsent(realId, k -> new ArrayList<>()).add(id);
        }
        for (var e : generated.entrySet()) {
            Files.writeString(drl.resolve("chapter-" + e.getKey() + ".drl"), new Drl(chapters.get(e.getKey()).header(), e.getValue()).render());
        }
        Path applicability = drl.resolve("applicability.drl");
        Drl shipped = Drl.parse(Files.readString(applicability));
        Drl retargeted = retarget(shipped, copiesOf);
        Files.writeString(applicability, retargeted.render());
        return generated.entrySet().stream().map(e -> "chapter " + e.getKey() + ": " + e.getValue().size())
                .collect(Collectors.joining(", ")) + "; applicability rules kept: " + retargeted.blocks().size() + " of " + shipped.blocks().size();
    }

    /**
     * Points each exclusion of a real criterion at that criterion's copies (none in a small pack);
     * exclusions of whole recommendations stay. A rule left excluding nothing is dropped, as the
     * build requires a target; the benchmark's empty profile fires none of them anyway.
     */
    private static Drl retarget(Drl drl, Map<String, List<String>> copiesOf) {
        List<Block> kept = new ArrayList<>();
        for (Block b : drl.blocks()) {
            List<String> metadata = new ArrayList<>();
            boolean empty = false;
            for (String line : b.metadata()) {
                Matcher m = EXCLUDES.matcher(line);
                if (m.find()) {
                    List<String> targets = Arrays.stream(m.group(1).split(",")).map(String::strip)
                            .flatMap(t -> t.contains(".") ? copiesOf.getOrDefault(t, List.of()).stream() : Stream.of(t))
                            .toList();
                    empty = targets.isEmpty();
                    line = line.substring(0, m.start(1)) + String.join(", ", targets) + line.substring(m.end(1));
                }
                metadata.add(line);
            }
            if (!empty) {
                kept.add(new Block(b.name(), metadata, b.body()));
            }
        }
        return new Drl(drl.header(), kept);
    }
}
