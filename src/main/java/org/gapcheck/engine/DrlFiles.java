package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Chapter;
import org.gapcheck.pack.Budget;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;

/**
 * The layout of a pack's DRL (one file per chapter, then the shared ones) and reading it: every
 * file read and parsed by {@link DrlReader}, or every problem found.
 */
final class DrlFiles {

    static final String DRL_DIR = "drl/";
    static final List<String> SHARED_FILES = List.of("applicability.drl");

    /** The files' texts in file order, and their rules in that order. */
    record Read(Map<String, String> texts, List<DrlRule> rules) {
    }

    private DrlFiles() {
    }

    static String file(int chapter) {
        return DRL_DIR + "chapter-" + chapter + ".drl";
    }

    static List<String> of(Catalogue catalogue) {
        List<String> files = new ArrayList<>();
        catalogue.chapters().stream().map(Chapter::number).forEach(n -> files.add(file(n)));
        SHARED_FILES.forEach(f -> files.add(DRL_DIR + f));
        return files;
    }

    /** Reads and parses every DRL file of the pack; throws {@link PackLoadException} with all their problems. */
    static Read read(PackSource source, Catalogue catalogue, Budget budget) {
        List<PackProblem> problems = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : of(catalogue)) {
            budget.check();
            try {
                source.read(file).ifPresentOrElse(text -> texts.put(file, text),
                        () -> problems.add(new PackProblem(source.display(file), 0, 0, null, "file/missing", "file is missing")));
            } catch (PackLoadException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems);
        }
        // The files are parsed side by side, then joined in file order; a snapshot written at build
        // time, when the source has one, stands for the parse.
        List<DrlReader.Parsed> parsed = texts.entrySet().parallelStream()
                .map(f -> source.snapshot(f.getKey()).map(DrlReader::fromSnapshot)
                        .orElseGet(() -> DrlReader.read(source.display(f.getKey()), f.getValue())))
                .toList();
        List<DrlRule> rules = new ArrayList<>();
        parsed.forEach(p -> {
            rules.addAll(p.rules());
            problems.addAll(p.problems());
        });
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems);
        }
        return new Read(texts, rules);
    }
}
