package org.gapcheck.basis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.pack.PackYaml;
import org.gapcheck.pack.PackYaml.Parsed;
import org.gapcheck.pack.Problems;

/** The standards and good practices criteria may rest on, by id. */
public record References(Map<String, Standard> standards, Map<String, GoodPractice> goodPractices) {

    public static final String STANDARDS_FILE = "standards.yaml";
    public static final String GOOD_PRACTICES_FILE = "good-practices.json";
    private static final Pattern STANDARD_ID = Pattern.compile("[a-z][a-z0-9_]*");

    /** {@code standards.yaml}. */
    public record StandardsFile(List<Standard> standards) {
    }

    /** {@code good-practices.json} as the shared reading writes it. */
    public record GoodPracticesFile(String method, Map<String, Object> counts, List<String> notes, List<GoodPractice> goodPractices) {
    }

    public Optional<Standard> standard(String id) {
        return Optional.ofNullable(standards.get(id));
    }

    public Optional<GoodPractice> goodPractice(String id) {
        return Optional.ofNullable(goodPractices.get(id));
    }

    /**
     * Why a basis cannot stand for a criterion of {@code recommendation}, or empty when it can: the
     * standard or good practice must exist, and a good practice must name that recommendation.
     */
    public Optional<String> refuse(Basis basis, String recommendation) {
        return switch (basis.kind()) {
            case TEXT -> Optional.empty();
            case STANDARD -> standard(basis.ref()).isPresent() ? Optional.empty()
                    : Optional.of("@basis names unknown standard '" + basis.ref() + "' (" + STANDARDS_FILE + ")");
            case GOOD_PRACTICE -> {
                GoodPractice g = goodPractices.get(basis.ref());
                if (g == null) {
                    yield Optional.of("@basis names unknown good practice '" + basis.ref() + "' (" + GOOD_PRACTICES_FILE + ")");
                }
                yield g.recommendations().contains(recommendation) ? Optional.empty()
                        : Optional.of("@basis good practice " + g.id() + " serves " + g.recommendations() + ", not " + recommendation);
            }
        };
    }

    public static References load(PackSource source) {
        List<PackProblem> found = new ArrayList<>();
        Optional<Parsed<StandardsFile>> standards = PackYaml.read(source, STANDARDS_FILE, StandardsFile.class, found);
        Optional<Parsed<GoodPracticesFile>> practices = PackYaml.read(source, GOOD_PRACTICES_FILE, GoodPracticesFile.class, found);
        if (!found.isEmpty()) {
            throw new PackLoadException(found);
        }
        Problems problems = new Problems();
        Parsed<StandardsFile> s = standards.orElseThrow();
        List<Standard> list = Problems.orEmpty(s.value().standards());
        problems.duplicates(s, list, Standard::id, "standard");
        for (Standard st : list) {
            if (problems.required(s, st, st.id(), "id", st.id()) && !STANDARD_ID.matcher(st.id()).matches()) {
                problems.add(s, st, st.id(), "standard/bad-id", "standard ids are lower-case tokens");
            }
            problems.required(s, st, st.id(), "title", st.title());
            problems.required(s, st, st.id(), "issuing_body", st.issuingBody());
            problems.required(s, st, st.id(), "year", st.year());
            problems.required(s, st, st.id(), "citation", st.citation());
        }
        Parsed<GoodPracticesFile> g = practices.orElseThrow();
        List<GoodPractice> goodPractices = Problems.orEmpty(g.value().goodPractices());
        problems.duplicates(g, goodPractices, GoodPractice::id, "good practice");
        goodPractices.forEach(gp -> {
            problems.required(g, gp, gp.id(), "id", gp.id());
            problems.required(g, gp, gp.id(), "quote", gp.quote());
        });
        problems.throwIfAny();
        return new References(byId(list, Standard::id), byId(goodPractices, GoodPractice::id));
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        return list.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
