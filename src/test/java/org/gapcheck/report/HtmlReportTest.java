package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.questionnaire.Region;
import org.gapcheck.report.render.ReportHtml;
import org.gapcheck.report.render.ReportTexts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of every fixture, parsed: complete, self-contained, well-formed (the PDF is laid out
 * from it), accessible in its structure, in words rather than codes, and with user text escaped; and
 * the first page of the sample midterm report holds what a minister reads first.
 */
class HtmlReportTest {

    static final RulePack PACK = RulePackLoader.load(null);
    static final Path MIDTERM = Fixtures.DIR.resolve("xaf-midterm-2024.json");
    static final Path BASELINE = Fixtures.DIR.resolve("xaf-baseline-2019.json");

    static String render(Report report) {
        return ReportHtml.render(report, ReportTexts.of(PACK));
    }

    private static Document html(Path fixture, Path previous) {
        return Jsoup.parse(render(GoldenReportsTest.report(fixture, previous)));
    }

    /** What a reader sees: the text without scripts, styles, charts' drawing and small print (where codes belong). */
    static String visibleText(Document doc) {
        Document copy = doc.clone();
        copy.select("script, style, small, svg, title").remove();
        return copy.body().text();
    }

    @Test
    void everyFixtureReportIsCompleteSelfContainedAndWellFormed() throws Exception {
        for (Path f : Fixtures.submissions()) {
            String page = render(GoldenReportsTest.report(f, null));
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
            Document doc = Jsoup.parse(page);
            assertEquals(7, doc.select("#summary table.rt").get(0).select("tbody tr").size(), f.toString());
            assertEquals(12, doc.select("#summary table.rt").get(1).select("tbody tr").size(), f.toString());
            assertEquals(103, doc.select("article.f").size(), f.toString());
            assertEquals(2, doc.select("svg[role=img][aria-label]").size(), f + ": one chart for chapters, one for challenges, each named");
            assertTrue(doc.select("link[href], img[src], iframe, script[src]").isEmpty(), f + ": no external resources");
            assertEquals(1, doc.select("script").size(), f + ": one inline script, the findings' filters");
            assertTrue(doc.select("#flt").hasAttr("hidden"), f + ": the filters show only once the script runs");
        }
    }

    @Test
    void theStructureIsAccessible() {
        Document doc = html(MIDTERM, BASELINE);
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals(1, doc.select("h1").size());
        for (String landmark : List.of("body > header", "body > nav", "body > main", "body > footer")) {
            assertEquals(1, doc.select(landmark).size(), landmark);
        }
        int level = 1;
        for (Element h : doc.select("h1, h2, h3, h4")) {
            int next = h.tagName().charAt(1) - '0';
            assertTrue(next <= level + 1, "heading skips a level: " + h.outerHtml());
            level = next;
        }
        doc.select("th").forEach(th -> assertTrue(th.hasAttr("scope"), "a header cell without scope: " + th.outerHtml()));
        doc.select("input, select").forEach(c -> assertFalse(c.parents().select("label").isEmpty(), "an unlabelled control: " + c.outerHtml()));
        doc.select("td[data-l=Policy], td[data-l=Implementation]").stream().filter(td -> td.text().equals("\u2013"))
                .forEach(td -> assertEquals("none judged", td.attr("title")));
    }

    @Test
    void pageOneOfTheMidtermReportHoldsWhatAMinisterReadsFirst() {
        Report report = GoldenReportsTest.report(MIDTERM, BASELINE);
        Document doc = Jsoup.parse(render(report));
        String header = doc.selectFirst("header").text();
        assertTrue(header.contains(report.countryName()) && header.contains("2024") && header.contains("Eastern European States"), header);
        Element summary = doc.selectFirst("#summary");
        String text = summary.text();
        assertTrue(text.contains(report.summary()), "the summary paragraph");
        assertTrue(text.contains("19 specific gaps across 12 recommendations"), "the headline at two levels");
        assertTrue(text.contains("176 criteria partly met across 62 recommendations"), "partly met, and theirs");
        assertEquals(2, summary.select("svg").size(), "the chapter and challenge charts are on page one");
        report.challenges().forEach(c -> assertTrue(text.contains(c.title()), "challenge title " + c.title()));
        assertTrue(text.contains("On track") && text.contains("Partly on track") && text.contains("Insufficient data"), "ratings as words");
        assertTrue(summary.select("td[data-l=Policy]").size() == 19 && summary.select("td[data-l=Implementation]").size() == 19);

        List<Element> priorities = doc.select("#priorities ol.pri > li");
        assertEquals(5, priorities.size());
        Element oat = priorities.get(0);
        assertEquals("1. Opioid agonist therapy", oat.selectFirst("h3").text());
        assertTrue(oat.selectFirst("td.now").text().startsWith("19 "), oat.text());
        assertTrue(oat.text().contains("at least 40 "), oat.text());
        assertTrue(oat.text().contains("Ministry of health") && oat.select("ol li").size() == 3, "owner and steps: " + oat.text());
    }

    @Test
    void progressIsInWordsRegressionsFirstAndLongListsFolded() {
        Document doc = html(MIDTERM, BASELINE);
        List<Element> shown = doc.select("#progress > ul.mv > li");
        assertEquals(12, shown.size());
        assertEquals(61, doc.select("#progress details ul.mv > li").size());
        String first = shown.get(0).text();
        assertTrue(first.startsWith("Went backwards: Is treatment for drug use disorders available in prisons?"), first);
        assertTrue(first.contains("In all prisons → In some prisons only") && first.contains("3 criteria fell from met to partly met"), first);
        assertTrue(doc.select("#progress").text().contains("Introduced: Is naloxone distributed"), "an introduction in words");
    }

    @Test
    void noCodeReachesRunningText() {
        List<String> regions = PACK.questionnaire().regions().stream().map(Region::id).toList();
        for (Path f : Fixtures.submissions()) {
            Document doc = html(f, null);
            String text = visibleText(doc);
            for (String code : List.of("NOT_REPORTED", "NOT_APPLICABLE", "NOT_ASSESSED", "PARTIAL", "MET", "GAP", "insufficient_data")) {
                assertFalse(text.matches("(?s).*\\b" + code + "\\b.*"), f + ": " + code + " in running text");
            }
            regions.forEach(id -> assertFalse(text.contains(id), f + ": region id " + id));
            assertFalse(doc.html().matches("(?s).*>\\s*(green|yellow|orange|red)\\s*<.*"), f + ": a rating as a colour's name");
        }
    }

    @Test
    void findingsPutGapsAndPartlyMetFirstAndFoldTheMetOnes() {
        for (Path f : List.of(MIDTERM, Fixtures.DIR.resolve("xae-punitive-2024.json"))) {
            Document doc = html(f, null);
            for (Element chapter : doc.select("section.chap")) {
                String order = "";
                for (Element open : chapter.select("> article.f")) {
                    String s = open.attr("data-s");
                    assertTrue(List.of("g", "p", "nr").contains(s), f + ": open finding " + open.id() + " is " + s);
                    order += s.charAt(0);
                }
                assertTrue(order.matches("g*p*n*"), f + " " + chapter.id() + ": gaps, then partly met, then not reported: " + order);
                chapter.select("details.cl article.f").forEach(a -> assertTrue(List.of("m", "na").contains(a.attr("data-s")), a.id()));
            }
            for (Element article : doc.select("article.f")) {
                Element details = article.selectFirst("> details");
                if (details != null) {
                    assertTrue(article.selectFirst("> ul.cr") != null, "met criteria fold only below unmet ones: " + article.id());
                }
            }
        }
    }

    @Test
    void aCriterionReadsInWords() {
        Document doc = html(MIDTERM, BASELINE);
        Element gap = doc.select("article.f ul.cr > li").stream().filter(li -> li.text().startsWith("Gap ")).findFirst().orElseThrow();
        String text = gap.text();
        assertTrue(text.contains("The text: “") && text.contains("Asked: ") && text.contains("Answer: ") && text.contains("To close: "), text);
        assertTrue(gap.selectFirst("small").text().matches("\\d\\([a-z]+\\)\\.\\S+ .*"), "the criterion and item codes as small print");
        assertTrue(doc.text().contains("Answer: not answered"), "an unanswered item in words");
    }

    @Test
    void aNoteCarryingMarkupStaysText() {
        Document doc = html(Fixtures.DIR.resolve("xae-punitive-2024.json"), null);
        assertEquals(1, doc.select("script").size(), "the note's <script> must not become an element");
        assertTrue(doc.text().contains("<script>alert(1)</script> see annex"), "the note is shown as text");
    }
}
