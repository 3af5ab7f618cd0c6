package org.gapcheck.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which package of a project uses which: an edge from a file's package to the package of every
 * project type it names, by import (static and on demand included) or by a fully qualified name in
 * its code. Types of the same package need no import and make no edge.
 */
final class PackageGraph {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private final String root;
    private final Pattern reference;
    /** from package, to package, the files that make the edge */
    private final Map<String, Map<String, Set<String>>> edges = new TreeMap<>();

    /** @param root the project's top package, such as org.gapcheck: names outside it make no edge */
    PackageGraph(String root, Map<String, String> sources) {
        this.root = root;
        // A package is the run of lower-case segments after the root; the first capitalised segment
        // (a type) or an on-demand '*' ends it.
        this.reference = Pattern.compile("\\b" + Pattern.quote(root) + "((?:\\s*\\.\\s*[a-z_][a-z0-9_]*)*)\\s*\\.\\s*(?:[A-Z]|\\*)");
        sources.forEach(this::add);
    }

    private void add(String file, String text) {
        String code = JavaSources.code(text);
        Matcher p = PACKAGE.matcher(code);
        if (!p.find()) {
            throw new IllegalArgumentException(file + " declares no package");
        }
        String from = p.group(1);
        edges.computeIfAbsent(from, k -> new TreeMap<>());
        Matcher m = reference.matcher(code);
        while (m.find()) {
            String to = root + m.group(1).replaceAll("\\s", "");
            if (!to.equals(from)) {
                edges.get(from).computeIfAbsent(to, k -> new TreeSet<>()).add(file);
            }
        }
    }

    Set<String> packages() {
        return edges.keySet();
    }

    Set<String> uses(String from) {
        return edges.getOrDefault(from, Map.of()).keySet();
    }

    /** The files of package {@code from} that name a type of package {@code to}. */
    Set<String> filesBetween(String from, String to) {
        return edges.getOrDefault(from, Map.of()).getOrDefault(to, Set.of());
    }

    /** Some cycle of the graph, as the packages along it with the first repeated at the end; empty when there is none. */
    Optional<List<String>> cycle() {
        Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the current path, 2: done
        for (String start : edges.keySet()) {
            if (!state.containsKey(start)) {
                LinkedHashSet<String> path = new LinkedHashSet<>();
                Optional<List<String>> found = visit(start, state, path);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String node, Map<String, Integer> state, LinkedHashSet<String> path) {
        state.put(node, 1);
        path.add(node);
        for (String next : uses(node)) {
            Integer s = state.get(next);
            if (s == null) {
                Optional<List<String>> found = visit(next, state, path);
                if (found.isPresent()) {
                    return found;
                }
            } else if (s == 1) {
                List<String> onPath = new ArrayList<>(path);
                List<String> cycle = new ArrayList<>(onPath.subList(onPath.indexOf(next), onPath.size()));
                cycle.add(next);
                return Optional.of(cycle);
            }
        }
        path.remove(node);
        state.put(node, 2);
        return Optional.empty();
    }

    /** A cycle as text: each edge on a line with the files that make it. */
    String describe(List<String> cycle) {
        StringBuilder out = new StringBuilder(String.join(" -> ", cycle));
        for (int i = 0; i + 1 < cycle.size(); i++) {
            out.append("\n  ").append(cycle.get(i)).append(" -> ").append(cycle.get(i + 1)).append(": ")
                    .append(String.join(", ", filesBetween(cycle.get(i), cycle.get(i + 1))));
        }
        return out.toString();
    }
}
