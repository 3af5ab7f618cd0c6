package org.gapcheck.report.render;

import java.util.Comparator;
import java.util.List;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A font's character map that, when one glyph serves several characters, names the standard Arabic
 * form first. ICU shapes Arabic into the presentation forms of block B (U+FE70-FEFF), which text
 * extraction folds back to letters; but Noto Sans Arabic draws some of them with the glyph of a Persian
 * form of block A (medial yeh U+FEF4 is also Farsi yeh U+FBFF), and PDFBox writes the first character
 * of a glyph into the PDF's ToUnicode map, the lowest: so "الوطنية" read back as "الوطنیة".
 */
final class ArabicCmap extends CmapSubtable {

    private static final Comparator<Integer> BLOCK_A_LAST = Comparator.comparing(c -> c >= 0xFB50 && c <= 0xFDFF);

    private final CmapSubtable cmap;

    private ArabicCmap(CmapSubtable cmap) {
        this.cmap = cmap;
        setPlatformId(cmap.getPlatformId());
        setPlatformEncodingId(cmap.getPlatformEncodingId());
    }

    /** Puts the map into {@code ttf}, for every Unicode subtable it has. */
    static void install(TrueTypeFont ttf) throws java.io.IOException {
        CmapTable table = ttf.getCmap();
        CmapSubtable[] subtables = table.getCmaps().clone();
        for (int i = 0; i < subtables.length; i++) {
            subtables[i] = new ArabicCmap(subtables[i]);
        }
        table.setCmaps(subtables);
    }

    @Override
    public int getGlyphId(int characterCode) {
        return cmap.getGlyphId(characterCode);
    }

    @Override
    public List<Integer> getCharCodes(int gid) {
        List<Integer> codes = cmap.getCharCodes(gid);
        return codes == null || codes.size() < 2 ? codes : codes.stream().sorted(BLOCK_A_LAST).toList();
    }
}
