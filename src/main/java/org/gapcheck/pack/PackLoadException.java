package org.gapcheck.pack;

import java.util.List;
import java.util.stream.Collectors;

/** A rule pack that cannot be used; carries every problem found, sorted by location. */
public final class PackLoadException extends RuntimeException {

    private final transient List<PackProblem> problems;

    public PackLoadException(List<PackProblem> problems) {
        super(problems.size() + " problem(s) in the rule pack:\n" + problems.stream()
                .sorted(PackProblem.BY_LOCATION)
                .map(p -> "  " + p)
                .collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted(PackProblem.BY_LOCATION).toList();
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
