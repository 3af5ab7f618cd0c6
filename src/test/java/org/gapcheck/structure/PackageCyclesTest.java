package org.gapcheck.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The packages of org.gapcheck depend on one another without a cycle, so each can be read, tested and moved from the bottom up. */
class PackageCyclesTest {

    @Test
    void theMainPackagesFormNoCycle() {
        PackageGraph graph = new PackageGraph("org.gapcheck", JavaSources.under(JavaSources.MAIN));
        assertTrue(graph.packages().contains("org.gapcheck.engine") && graph.uses("org.gapcheck.cli").contains("org.gapcheck.core"),
                "the graph was not read: " + graph.packages());
        Optional<List<String>> cycle = graph.cycle();
        assertTrue(cycle.isEmpty(), () -> "package cycle: " + graph.describe(cycle.get()));
    }

    @Test
    void everyKindOfReferenceMakesAnEdgeAndNothingElseDoes() {
        PackageGraph graph = new PackageGraph("org.x", Map.of(
                "a/A.java", """
                        package org.x.a;

                        import org.x.b.B;
                        import static org.x.c.C.constant;
                        import org.x.d.*;
                        import org.other.Z;

                        /** Mentions org.x.comment.Y in a comment. */
                        class A {
                            // and org.x.line.Y here
                            String s = "org.x.string.Y";
                            String t = \"""
                                org.x.block.Y
                                \""";
                            org.x.e.sub.E e = org.x. f.F.make();
                            A same;
                        }
                        """));
        assertEquals(Set.of("org.x.b", "org.x.c", "org.x.d", "org.x.e.sub", "org.x.f"), graph.uses("org.x.a"));
    }

    @Test
    void aCycleIsFoundAndNamedWithTheFilesThatMakeIt() {
        PackageGraph graph = new PackageGraph("org.x", Map.of(
                "a/A.java", "package org.x.a;\nimport org.x.b.B;\nclass A {}\n",
                "b/B.java", "package org.x.b;\nclass B { org.x.c.C c; }\n",
                "c/C.java", "package org.x.c;\nimport org.x.a.A;\nclass C {}\n",
                "d/D.java", "package org.x.d;\nimport org.x.a.A;\nclass D {}\n"));
        List<String> cycle = graph.cycle().orElseThrow();
        assertEquals(List.of("org.x.a", "org.x.b", "org.x.c", "org.x.a"), cycle);
        assertEquals("""
                org.x.a -> org.x.b -> org.x.c -> org.x.a
                  org.x.a -> org.x.b: a/A.java
                  org.x.b -> org.x.c: b/B.java
                  org.x.c -> org.x.a: c/C.java""", graph.describe(cycle));
    }

    @Test
    void aGraphWithoutCycleHasNone() {
        PackageGraph graph = new PackageGraph("org.x", Map.of(
                "a/A.java", "package org.x.a;\nimport org.x.b.B;\nimport org.x.c.C;\nclass A {}\n",
                "b/B.java", "package org.x.b;\nimport org.x.c.C;\nclass B {}\n",
                "c/C.java", "package org.x.c;\nclass C {}\n"));
        assertTrue(graph.cycle().isEmpty());
    }
}
