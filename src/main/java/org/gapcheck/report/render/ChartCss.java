package org.gapcheck.report.render;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.batik.css.parser.DefaultDocumentHandler;
import org.apache.batik.css.parser.Parser;
import org.w3c.css.sac.CSSException;
import org.w3c.css.sac.CSSParseException;
import org.w3c.css.sac.ErrorHandler;
import org.w3c.css.sac.InputSource;

/**
 * The page's stylesheet as a chart drawn in the PDF can take it. Batik draws each SVG as a document
 * of its own, so the page's rules (the fill of a bar by its class) must be copied into it; but Batik
 * ends the whole render on anything its CSS engine refuses (a font shorthand such as
 * {@code 15px/1.45 system-ui}, {@code display: inline-block}, the margin rules of {@code @page}). So
 * only the SVG painting and text properties of the plain rules are copied, each rule tried alone in
 * Batik's parser; at-rules (@media, @page) are left out.
 */
final class ChartCss {

    private static final Set<String> SVG_PROPERTIES = Set.of("fill", "fill-opacity", "fill-rule", "stroke",
            "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-linecap", "stroke-linejoin", "opacity",
            "color", "visibility", "font-family", "font-size", "font-style", "font-weight", "text-anchor",
            "dominant-baseline", "text-decoration", "letter-spacing");

    private ChartCss() {
    }

    static String of(String stylesheet) {
        String css = stylesheet.replaceAll("(?s)/\\*.*?\\*/", " ");
        StringBuilder out = new StringBuilder();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == ';' && depth == 0) {
                start = i + 1; // a statement such as @charset or @import
            } else if (c == '}' && depth > 0 && --depth == 0) {
                String rule = svgOnly(css.substring(start, i + 1).strip());
                if (rule != null && parses(rule)) {
                    out.append(rule).append('\n');
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /** The rule with only its SVG properties; null for an at-rule or a rule with none. */
    private static String svgOnly(String rule) {
        int open = rule.indexOf('{');
        if (rule.startsWith("@") || open < 0 || rule.indexOf('{', open + 1) >= 0) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String declaration : rule.substring(open + 1, rule.length() - 1).split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0 && SVG_PROPERTIES.contains(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
                kept.add(declaration.strip());
            }
        }
        return kept.isEmpty() ? null : rule.substring(0, open).strip() + " { " + String.join("; ", kept) + "; }";
    }

    private static boolean parses(String rule) {
        boolean[] clean = {true};
        Parser parser = new Parser();
        parser.setDocumentHandler(DefaultDocumentHandler.INSTANCE);
        parser.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(CSSParseException e) {
            }

            @Override
            public void error(CSSParseException e) {
                clean[0] = false;
            }

            @Override
            public void fatalError(CSSParseException e) {
                clean[0] = false;
            }
        });
        try {
            parser.parseStyleSheet(new InputSource(new StringReader(rule)));
        } catch (CSSException | IOException e) {
            return false;
        }
        return clean[0];
    }
}
