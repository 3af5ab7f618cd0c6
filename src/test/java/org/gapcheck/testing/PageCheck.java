package org.gapcheck.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the browser found on one page at one width, and where its screenshot is. */
public record PageCheck(String name, URI uri, int width, Path screenshot, List<String> consoleErrors,
        List<String> overflows, List<AxeViolation> axeViolations) {

    /** Every problem, one line each; empty for a clean page. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        consoleErrors.forEach(e -> out.add("console error: " + e));
        overflows.forEach(o -> out.add("overflowing text: " + o));
        axeViolations.forEach(v -> out.add("axe: " + v.describe()));
        return out;
    }

    /** The failure message: the page, its width and screenshot, then each problem. */
    public String report() {
        List<String> problems = problems();
        return name + " (" + uri + " at " + width + " px, screenshot " + screenshot + "): " + problems.size()
                + " problem(s)\n  " + String.join("\n  ", problems);
    }
}
