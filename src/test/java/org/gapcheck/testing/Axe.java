package org.gapcheck.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core's WCAG 2.1 A and AA rules over the page open in a browser, keeping what it rates serious or critical.
 * axe is the copy bundled with axe-core's Selenium package, run in the page directly: its Java runner fetched every
 * passing element back as JSON, seconds a run on a gap report of 4,000 elements.
 * Colour contrast costs axe milliseconds an element (half a minute on that report on a loaded machine), so it runs
 * on one element of each distinct style: the same colour, font size and weight, text shadow, opacity and backgrounds
 * behind it give the same contrast, whatever the text. Positioned elements, which may lie over something other than
 * their ancestors, and form fields are each checked.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final String CONTRAST = "color-contrast";
    private static final String SAMPLE = "data-gapcheck-contrast-sample";
    private static final String SOURCE = source();

    private static final String RUN = """
            const [context, options, done] = arguments;
            axe.run(context || document, options).then(r => done({violations: r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                            targets: v.nodes.map(n => n.target.join(' >> ').replace('[%1$s=""]', ''))}))}))
              .catch(e => done({error: String(e && e.stack || e)}));
            """.formatted(SAMPLE);

    private static final String MARK = """
            const opaque = c => { const m = c.match(/rgba?\\(([^)]*)\\)/); return !m || m[1].split(',').length < 4 || parseFloat(m[1].split(',')[3]) === 1; };
            const seen = new Set();
            let marked = 0;
            for (const el of document.body.querySelectorAll('*')) {
              const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== '');
              const field = el.matches('input, select, textarea');
              if (!own && !field) continue;
              const cs = getComputedStyle(el);
              const parts = [cs.color, cs.fontSize, cs.fontWeight, cs.textShadow];
              let free = field || cs.position === 'absolute' || cs.position === 'fixed' || cs.position === 'sticky';
              let opacity = 1;
              for (let a = el, behind = true; a; a = a.parentElement) {
                const s = getComputedStyle(a);
                opacity *= parseFloat(s.opacity);
                if (a !== el && (s.position === 'absolute' || s.position === 'fixed' || s.transform !== 'none')) free = true;
                if (behind) {
                  parts.push(s.backgroundColor, s.backgroundImage);
                  behind = s.backgroundImage === 'none' && !opaque(s.backgroundColor);
                }
              }
              const key = parts.join(';') + ';' + opacity;
              if (free || !seen.has(key)) {
                seen.add(key);
                el.setAttribute('%1$s', '');
                marked++;
              }
            }
            return marked;
            """.formatted(SAMPLE);
    private static final String UNMARK = "document.querySelectorAll('[%1$s]').forEach(e => e.removeAttribute('%1$s'));".formatted(SAMPLE);

    private Axe() {
    }

    static List<AxeViolation> violations(JavascriptExecutor page, URI uri, String... skipped) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
            page.executeScript(SOURCE);
        }
        List<String> off = new ArrayList<>(List.of(skipped));
        boolean contrast = !off.contains(CONTRAST);
        off.add(CONTRAST);
        List<AxeViolation> found = new ArrayList<>(run(page, uri, null, options("tag", TAGS, off)));
        if (contrast && ((Number) page.executeScript(MARK)).intValue() > 0) {
            try {
                found.addAll(run(page, uri, "[" + SAMPLE + "]", options("rule", List.of(CONTRAST), List.of())));
            } finally {
                page.executeScript(UNMARK);
            }
        }
        return found;
    }

    /** The rules to run, less those disabled; results other than violations come with one element at most, which keeps them small. */
    private static Map<String, Object> options(String type, List<String> values, List<String> disabled) {
        Map<String, Object> rules = new LinkedHashMap<>();
        disabled.forEach(rule -> rules.put(rule, Map.of("enabled", false)));
        return Map.of("runOnly", Map.of("type", type, "values", values), "rules", rules, "resultTypes", List.of("violations"));
    }

    @SuppressWarnings("unchecked")
    private static List<AxeViolation> run(JavascriptExecutor page, URI uri, String context, Map<String, Object> options) {
        Map<String, Object> result = (Map<String, Object>) page.executeAsyncScript(RUN, context, options);
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core failed on " + uri + ": " + result.get("error"));
        }
        return ((List<Map<String, Object>>) result.get("violations")).stream().map(v -> new AxeViolation((String) v.get("id"),
                (String) v.get("impact"), (String) v.get("help"), (String) v.get("helpUrl"), (List<String>) v.get("targets"))).toList();
    }

    private static String source() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
