package org.gapcheck.report.render;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report's HTML laid out as a tagged PDF (PDF/UA) by openhtmltopdf: the same document a browser
 * prints, with its print stylesheet and {@code @page} rules, plus {@code report-pdf.css} (the bundled
 * fonts, and what only openhtmltopdf reads). Bidirectional text is split and reordered by ICU, and
 * Arabic shaped; charts stay vector (SVG through Batik). Nothing outside the document is fetched.
 * Callers go through {@link PdfQueue}, which renders one PDF at a time.
 */
public final class ReportPdf {

    private static final String PDF_CSS = org.gapcheck.text.Classpath.text("/templates/report-pdf.css").replace("FONT_STACK", PdfFonts.STACK);
    private static final String BASE_URI = "about:gapcheck-report";
    /** Font metrics for the life of the process: the fonts never change, and a line's height asks every
     * font of the stack for them, which would otherwise read the 10 MB Han font for every report. */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

    static {
        PdfLog.install();
    }

    private ReportPdf() {
    }

    /** The PDF of one report's HTML. */
    public static byte[] render(String html) {
        Document doc = Jsoup.parse(html, BASE_URI);
        prepare(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(pdf)
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(new ICUBidiReorderer())
                    .defaultTextDirection(TextDirection.LTR)
                    .useSVGDrawer(new BatikSVGDrawer())
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS)
                    .withProducer("Gapcheck")
                    .withW3cDocument(new W3CDom().fromJsoup(doc), BASE_URI)
                    .toStream(out);
            PdfFonts.forCharts(builder);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                PdfFonts.forText(renderer.getFontResolver(), pdf);
                renderer.layout();
                renderer.createPDF();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /**
     * What the PDF needs beyond the HTML, whatever the template holds: the PDF stylesheet last, so it
     * wins; a description, which PDF/UA asks of a document (openhtmltopdf reads it from a "subject" meta:
     * the "description" one, else the title); and for each chart, its accessible name as its alt text,
     * which PDF/UA asks of a figure, and the page's stylesheet inside it, since the chart is drawn as a
     * document of its own (by Batik) that would otherwise lose what the page's CSS gives it (such as the
     * fill of its bars).
     */
    private static void prepare(Document doc) {
        doc.head().appendElement("style").appendChild(new DataNode(PDF_CSS));
        if (doc.selectFirst("head meta[name=subject]") == null) {
            Element description = doc.selectFirst("head meta[name=description]");
            doc.head().appendElement("meta").attr("name", "subject")
                    .attr("content", description == null ? doc.title() : description.attr("content"));
        }
        String css = ChartCss.of(String.join("\n", doc.select("style").stream().map(Element::data).toList()));
        for (Element svg : doc.select("svg")) {
            svg.prependElement("style").appendChild(new DataNode(css));
            if (!svg.hasAttr("alt")) {
                Element title = svg.selectFirst("title");
                svg.attr("alt", svg.hasAttr("aria-label") ? svg.attr("aria-label") : title == null ? "Chart" : title.text());
            }
        }
    }
}
