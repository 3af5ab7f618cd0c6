package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.report.render.ReportHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The HTML report of every fixture, parsed: complete, self-contained, and with user text escaped. */
class HtmlReportTest {

    private static Document html(Path fixture) {
        Report report = GoldenReportsTest.report(fixture, null);
        return Jsoup.parse(ReportHtml.render(report, RulePackLoader.load(null).catalogue()));
    }

    @Test
    void everyFixtureReportShowsAllChaptersAndChallengesAndIsSelfContained() {
        for (Path f : Fixtures.submissions()) {
            Document doc = html(f);
            assertEquals(7, doc.select("tr.chapter").size(), f.toString());
            assertEquals(12, doc.select("tr.challenge").size(), f.toString());
            assertEquals(103, doc.select("div.finding").size(), f.toString());
            assertEquals(2, doc.select("svg").size(), f + ": one chart for chapters, one for challenges");
            assertTrue(doc.select("script, link[href], img[src], iframe").isEmpty(), f + ": no scripts or external resources");
        }
    }

    @Test
    void aNoteCarryingMarkupStaysText() {
        Document doc = html(Fixtures.DIR.resolve("xae-punitive-2024.json"));
        assertTrue(doc.select("script").isEmpty(), "the note's <script> must not become an element");
        assertTrue(doc.text().contains("<script>alert(1)</script> see annex"), "the note is shown as text");
    }
}
