package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.gapcheck.report.render.ReportMarkdown;
import org.gapcheck.report.render.ReportTexts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The Markdown report carries the HTML's content in the HTML's order, in words. */
class MarkdownReportTest {

    private static final Report MIDTERM = GoldenReportsTest.report(HtmlReportTest.MIDTERM, HtmlReportTest.BASELINE);
    private static final String MD = ReportMarkdown.render(MIDTERM, ReportTexts.of(HtmlReportTest.PACK));

    @Test
    void itHasTheHtmlSectionsInTheHtmlOrder() {
        List<String> html = Jsoup.parse(HtmlReportTest.render(MIDTERM)).select("main h2").stream().map(Element::text).toList();
        List<String> md = Arrays.stream(MD.split("\n")).filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
        assertEquals(html, md.subList(0, md.size() - 1), "the sections of main, in order; then the method");
        assertEquals("Method", md.get(md.size() - 1));
        List<String> chapters = Arrays.stream(MD.split("\n")).filter(l -> l.startsWith("### Chapter ")).toList();
        assertEquals(7, chapters.size());
    }

    @Test
    void itSaysWhatThePageOneOfTheHtmlSays() {
        assertTrue(MD.startsWith("# Gap report: " + MIDTERM.countryName() + " `XAF`, 2024\n\nEastern European States"), MD.substring(0, 200));
        assertTrue(MD.contains(MIDTERM.summary()));
        assertTrue(MD.contains("- **19** specific gaps across 12 recommendations\n- **176** criteria partly met across 62 recommendations"));
        assertTrue(MD.contains("### 1. Opioid agonist therapy\n\nLead: Ministry of health\n\n- **Now:** 19 people"));
        assertTrue(MD.contains("- **Went backwards:** Is treatment for drug use disorders available in prisons? `DR.TREATMENT_IN_PRISONS`: In all prisons → In some prisons only (3 criteria fell from met to partly met)"));
        assertTrue(MD.contains("Asked: ") && MD.contains("**Answer: partly**") && MD.contains("*To close:* "));
    }

    @Test
    void codesStayInBackticks() {
        String prose = MD.replaceAll("`[^`]*`", "");
        for (String code : List.of("NOT_REPORTED", "PARTIAL", "eastern_european", "yellow", "insufficient_data")) {
            assertFalse(prose.contains(code), code);
        }
    }
}
