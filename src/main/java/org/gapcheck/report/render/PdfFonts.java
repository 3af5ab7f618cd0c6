package org.gapcheck.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts bundled for the PDF (all Noto, SIL Open Font License 1.1, whose texts lie beside them
 * under {@code /fonts} in the jar): Latin, Greek and Cyrillic; Arabic; Han (simplified Chinese).
 * The build unpacks them there (pom.xml, {@code report-fonts}). PDF/UA wants every font embedded, so
 * text never falls to the PDF's built-in fonts: the stack below covers each script, in this order
 * because Noto Sans Arabic and Noto Sans SC also carry Latin letters of another design.
 */
final class PdfFonts {

    /** The CSS font-family value that sends each script to its font. */
    static final String STACK = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC'";

    /** {@code svg}: also given to the chart drawer, which reads its fonts whole on every render. */
    private record Face(String family, String file, int weight, FontStyle style, boolean svg) {
    }

    private static final List<Face> FACES = List.of(
            new Face("Noto Sans", "NotoSans-Regular.ttf", 400, FontStyle.NORMAL, true),
            new Face("Noto Sans", "NotoSans-Bold.ttf", 700, FontStyle.NORMAL, true),
            new Face("Noto Sans", "NotoSans-Italic.ttf", 400, FontStyle.ITALIC, false),
            new Face("Noto Sans Arabic", "NotoSansArabic-Regular.ttf", 400, FontStyle.NORMAL, false),
            new Face("Noto Sans Arabic", "NotoSansArabic-Bold.ttf", 700, FontStyle.NORMAL, false),
            // One weight of Han (10 MB): bold Chinese is drawn regular rather than doubling the jar's fonts.
            new Face("Noto Sans SC", "NotoSansSC-Regular.ttf", 400, FontStyle.NORMAL, false));

    private PdfFonts() {
    }

    /**
     * Registers every face for the text of {@code doc}, each read only if a page uses it: by family, for
     * the stylesheet's stack, and as the fallback of any other family, such as the page margin boxes'
     * default (serif), since PDF/UA leaves openhtmltopdf no built-in font to fall to.
     */
    static void forText(PdfBoxFontResolver resolver, PDDocument doc) {
        for (Face face : FACES) {
            Lazy font = new Lazy(doc, resource(face));
            IdentValue style = face.style() == FontStyle.ITALIC ? IdentValue.ITALIC : IdentValue.NORMAL;
            resolver.addFont(font, face.family(), face.weight(), style, true, FontGroup.MAIN);
            resolver.addFont(font, face.family(), face.weight(), style, true, FontGroup.PRE_BUILT_IN_FALLBACK);
        }
    }

    /**
     * Registers the Latin faces for the charts' text, which Batik lays out with the font itself and
     * openhtmltopdf draws as outlines (so a chart's words are not text in the PDF: its alt text is).
     */
    static void forCharts(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            if (face.svg()) {
                String resource = resource(face);
                builder.useFont(() -> PdfFonts.class.getResourceAsStream(resource), face.family(), face.weight(),
                        face.style(), true, EnumSet.of(FSFontUseCase.SVG));
            }
        }
    }

    private static String resource(Face face) {
        String resource = "/fonts/" + face.file();
        if (PdfFonts.class.getResource(resource) == null) {
            throw new UncheckedIOException(new FileNotFoundException(
                    "font " + resource + " is missing from the classpath (the build unpacks it: pom.xml, report-fonts)"));
        }
        return resource;
    }

    /**
     * A face loaded into the document on first use, with PDFBox's own glyph substitution (GSUB) off:
     * PDFBox 3.0 applies the worker of the first script it supports in a font to all of its text (the
     * Devanagari one for Noto Sans; regex-heavy, it was most of a profile of the midterm report's render),
     * and the text here needs none: Arabic arrives shaped by ICU as presentation forms, Latin and Han need
     * no substitution to be read.
     */
    private static final class Lazy extends PDFontSupplier {
        private final PDDocument doc;
        private final String resource;
        private PDFont font;

        Lazy(PDDocument doc, String resource) {
            super(null);
            this.doc = doc;
            this.resource = resource;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    ttf.setEnableGsub(false);
                    if (resource.contains("Arabic")) {
                        ArabicCmap.install(ttf);
                    }
                    doc.registerTrueTypeFontForClosing(ttf);
                    font = PDType0Font.load(doc, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("font " + resource + " cannot be read", e);
                }
            }
            return font;
        }
    }
}
