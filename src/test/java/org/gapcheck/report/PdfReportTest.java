package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.json.Json;
import org.gapcheck.report.render.PdfQueue;
import org.gapcheck.report.render.ReportHtml;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The PDF of the report, read back with PDFBox as a reader or an assistive tool would: tagged (PDF/UA)
 * in the document's language with its title, every font embedded, the chapter chart on page 1, and
 * text in Latin, Cyrillic, Arabic and Han extracted as it was written.
 */
class PdfReportTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final org.gapcheck.report.render.ReportTexts TEXTS = org.gapcheck.report.render.ReportTexts.of(PACK);
    private static final EvaluationService SERVICE = new EvaluationService(PACK, Clock.systemUTC());
    private static final Path MIDTERM = Fixtures.DIR.resolve("xaf-midterm-2024.json");
    private static final Path BASELINE = Fixtures.DIR.resolve("xaf-baseline-2019.json");

    private static final String FRENCH = "Évaluation à mi-parcours, côté œuvre";
    private static final String ARABIC = "خطة العمل الوطنية لمكافحة المخدرات";
    private static final String CHINESE = "国家禁毒战略";
    private static final String CYRILLIC = "Национальная антинаркотическая стратегия";

    private static String html(Report report) {
        return ReportHtml.render(report, TEXTS);
    }

    @Test
    void everyFixtureRendersToATaggedPdfInItsLanguageWithEveryFontEmbedded() throws IOException {
        for (Path fixture : Fixtures.submissions()) {
            byte[] pdf = PdfQueue.shared().render(html(SERVICE.evaluate(Fixtures.read(fixture))));
            assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), fixture.toString());
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertTrue(doc.getNumberOfPages() > 0, fixture.toString());
                var catalog = doc.getDocumentCatalog();
                assertNotNull(catalog.getStructureTreeRoot(), fixture + ": a structure tree (tagged)");
                assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), fixture + ": MarkInfo Marked");
                assertEquals("en", catalog.getLanguage(), fixture + ": the document's language, from <html lang>");
                String title = doc.getDocumentInformation().getTitle();
                assertTrue(title != null && title.startsWith("Gap report: "), fixture + ": title " + title);
                assertTrue(catalog.getViewerPreferences().displayDocTitle(), fixture + ": viewers show the title");
                assertNotNull(catalog.getMetadata(), fixture + ": XMP metadata");
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), fixture + ": font " + font.getName() + " not embedded");
                    }
                }
            }
        }
    }

    @Test
    void theMidtermReportHoldsItsChapterChartOnPageOne() throws IOException {
        String html = html(SERVICE.evaluate(Fixtures.read(MIDTERM), Fixtures.read(BASELINE)));
        // The chart by its accessible name, whatever the template calls it: the PDF carries it as the figure's alt text.
        String chart = Jsoup.parse(html).select("svg[aria-label]").eachAttr("aria-label").stream()
                .filter(label -> label.toLowerCase(Locale.ROOT).contains("each chapter")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(PdfQueue.shared().render(html))) {
            List<PDStructureElement> figures = new ArrayList<>();
            collectFigures(doc.getDocumentCatalog().getStructureTreeRoot(), figures);
            PDStructureElement figure = figures.stream().filter(f -> chart.equals(f.getAlternateDescription()))
                    .findFirst().orElseThrow(() -> new AssertionError("no figure with alt text '" + chart + "' in " + figures.size()));
            assertEquals(0, doc.getPages().indexOf(figure.getPage()), "the chapter chart is on page 1");
            assertTrue(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "page 1 draws the chart");
            String first = text(doc, 1, 1);
            assertTrue(first.contains("Test country XAF") && first.contains("2024"), first);
            assertTrue(first.contains("Page 1 of " + doc.getNumberOfPages()), "the print stylesheet numbers pages: " + first);
        }
    }

    @Test
    void theSummaryAndThePrioritiesFitInFourPages() throws IOException {
        Report report = SERVICE.evaluate(Fixtures.read(MIDTERM), Fixtures.read(BASELINE));
        try (PDDocument doc = Loader.loadPDF(PdfQueue.shared().render(html(report)))) {
            String firstFour = text(doc, 1, 4).replaceAll("\\s+", " ");
            assertTrue(firstFour.contains("What to do first"), "the priorities start within four pages");
            for (org.gapcheck.priorities.Priority p : report.priorities()) {
                assertTrue(firstFour.contains(p.title()) && firstFour.contains(p.now().replaceAll("\\s+", " ")),
                        "priority " + p.rank() + " (" + p.title() + ") within the first four pages");
            }
        }
    }

    @Test
    void frenchArabicChineseAndCyrillicNotesExtractAsWritten() throws IOException {
        ObjectNode submission = (ObjectNode) Json.mapper().readTree(Fixtures.read(Fixtures.DIR.resolve("xac-consumer-2024.json")));
        ObjectNode answers = (ObjectNode) submission.get("answers");
        ObjectNode quality = answers.putObject("DR.PREVENTION_QUALITY_SYSTEM").put("value", "yes").put("note", ARABIC);
        quality.putObject("source").put("document", FRENCH).put("law", CYRILLIC);
        answers.putObject("IC.TRANSIT_STATES_COOPERATION").put("value", "yes").put("note", CHINESE);
        Report report = SERVICE.evaluate(Json.mapper().writeValueAsBytes(submission));
        try (PDDocument doc = Loader.loadPDF(PdfQueue.shared().render(html(report)))) {
            // Lines are joined as a reader would: a line broken after a hyphen keeps it, others become a space.
            String text = text(doc, 1, doc.getNumberOfPages()).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
            for (String written : List.of(FRENCH, ARABIC, CHINESE, CYRILLIC)) {
                assertTrue(text.contains(written), "'" + written + "' extracts as written (Arabic in logical order)");
            }
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+NotoSansArabic-Regular")), "Arabic in its font: " + fonts);
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+NotoSansSC-Regular")), "Han in its font: " + fonts);
        }
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    private static void collectFigures(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    out.add(element);
                }
                collectFigures(element, out);
            }
        }
    }
}
