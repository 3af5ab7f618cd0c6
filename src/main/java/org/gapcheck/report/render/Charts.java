package org.gapcheck.report.render;

import java.util.ArrayList;
import java.util.List;
import org.gapcheck.report.render.Views.GroupRow;

/**
 * The bar charts of the report's first page, as data for inline SVG: one bar per chapter or
 * challenge on the 0-100 scale, its label (the title, wrapped to two lines) on the left, and beside
 * the bar the score and the rating in words, so that colour is never the only signal. The same
 * figures stand in the table under each chart.
 */
final class Charts {

    static final int WIDTH = 640;
    private static final int BAR_X = 318;
    private static final int BAR_MAX = 200;
    private static final int ROW = 32;
    private static final int TOP = 18;
    private static final int LABEL_CHARS = 50;

    /** A chart: its accessible name, its height, the scale's ticks and the bars. */
    record Chart(String name, int width, int height, int barX, List<Tick> ticks, List<Bar> bars) {
    }

    record Tick(int x, String label, int bottom) {
    }

    record Line(int y, String text) {
    }

    record Bar(List<Line> label, int y, int width, String fill, int textX, int textY, String value) {
    }

    private Charts() {
    }

    static Chart of(String name, List<GroupRow> rows, boolean chapters) {
        List<Bar> bars = new ArrayList<>();
        int top = TOP;
        for (GroupRow r : rows) {
            List<String> lines = wrap((chapters ? r.label() + ". " : r.label() + " ") + r.title(), LABEL_CHARS, 2);
            List<Line> label = new ArrayList<>();
            int first = lines.size() == 1 ? top + ROW / 2 + 4 : top + ROW / 2 - 3;
            for (int i = 0; i < lines.size(); i++) {
                label.add(new Line(first + i * 14, lines.get(i)));
            }
            double score = Words.NONE.equals(r.score()) ? 0 : Double.parseDouble(r.score());
            int width = (int) Math.round(score / 100 * BAR_MAX);
            String value = Words.NONE.equals(r.score()) ? "no score: " + r.rating().toLowerCase(java.util.Locale.ROOT)
                    : r.score() + " " + r.rating().toLowerCase(java.util.Locale.ROOT);
            bars.add(new Bar(label, top + ROW / 2 - 8, width, fill(r.ratingCss()), BAR_X + width + 5, top + ROW / 2 + 4, value));
            top += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 25) {
            ticks.add(new Tick(BAR_X + v * BAR_MAX / 100, String.valueOf(v), top));
        }
        return new Chart(name, WIDTH, top + 4, BAR_X, ticks, bars);
    }

    /**
     * A bar's colour by its rating's class, as an attribute: the chart is also drawn on its own (by
     * Batik, for the PDF), where the page's stylesheet does not reach. The page's swatches use the same colours.
     */
    private static String fill(String ratingCss) {
        return switch (ratingCss) {
            case "rg" -> "#2f7d32";
            case "ry" -> "#b07d00";
            case "ro" -> "#d35f0a";
            case "rr" -> "#c62828";
            default -> "#8a94a0";
        };
    }

    /** Words in lines of at most {@code width} characters; past {@code most} lines, the last ends in an ellipsis. */
    static List<String> wrap(String text, int width, int most) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                if (lines.size() == most - 1) {
                    lines.add(ellipsis(line.toString(), width));
                    return lines;
                }
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(w);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String ellipsis(String line, int width) {
        String cut = line.length() > width - 1 ? line.substring(0, width - 1) : line;
        return cut.replaceAll("[,;:]$", "") + "\u2026";
    }
}
