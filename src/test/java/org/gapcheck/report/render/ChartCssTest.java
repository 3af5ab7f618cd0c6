package org.gapcheck.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What of the page's CSS a chart drawn by Batik is given: SVG properties of plain rules, nothing Batik refuses. */
class ChartCssTest {

    @Test
    void keepsTheSvgPropertiesOfPlainRulesAndLeavesTheRestOut() {
        String page = """
                /* a comment with @page { inside } */
                body { font: 15px/1.45 system-ui, -apple-system, sans-serif; color: #1c2530; }
                .pill { display: inline-block; border-radius: 0.8em; }
                .green { fill: #2e9d4a; background: #d8f2dd; }
                svg text { font-size: 12px; fill: #1c2530; }
                @page { size: A4; @bottom-right { content: counter(page); } }
                @media print { .green { fill: black; } }
                @charset "utf-8";
                * { font-family: 'Noto Sans', 'Noto Sans SC' !important; }
                """;
        assertEquals("""
                body { color: #1c2530; }
                .green { fill: #2e9d4a; }
                svg text { font-size: 12px; fill: #1c2530; }
                * { font-family: 'Noto Sans', 'Noto Sans SC' !important; }
                """, ChartCss.of(page));
    }

    @Test
    void aRuleWhoseSelectorBatikCannotParseIsLeftOut() {
        assertEquals(".ok { fill: red; }\n", ChartCss.of("a:has(> b) { fill: blue; } .ok { fill: red; }"));
    }
}
