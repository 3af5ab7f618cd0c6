package org.gapcheck.app;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.StringWriter;
import java.util.Map;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;

/**
 * One question of a section page as HTML: its question, help and standard, the control its type
 * asks for, what the form holds, its errors, source and note. Written here rather than by Mustache:
 * a section holds up to 107 questions, and the template engine's lookups and escaping of their
 * values were two thirds of the page's CPU (BENCHMARKS.md, section 12). section.mustache takes each
 * as {@code {{{html}}}}. Field ids are {@code a-CODE} (the value's first control), {@code a-CODE-doc},
 * {@code -law}, {@code -url}, {@code -note}; item codes are letters, digits, dots and underscores
 * (the questionnaire's check), so they go into attributes as they are; every other value is escaped.
 */
final class ItemHtml {

    private final StringWriter out = new StringWriter(4096);

    private ItemHtml() {
    }

    static String of(Item item, SectionForm.Fields f, Map<String, String> errors, boolean editable, Messages m,
                     SectionView.Texts texts, @io.micronaut.core.annotation.Nullable String carried) {
        ItemHtml h = new ItemHtml();
        String c = item.code();
        String error = errors.get("a-" + c);
        String disabled = editable ? "" : " disabled";
        h.raw("<div class=\"question").raw(errors.isEmpty() ? "" : " field-error").raw("\" id=\"q-").raw(c).raw("\">\n");
        if (carried != null) {
            h.raw("<p class=\"carried\"><strong class=\"tag tag-carried\">").text(carried).raw("</strong> ").text(m.get("carried_hint"))
                    .raw("</p>\n");
        }
        boolean radios = !item.type().numeric() && item.type() != ItemType.TEXT;
        if (radios) {
            h.raw("<fieldset class=\"fieldset\" aria-describedby=\"h-").raw(c).raw(error == null ? "" : " e-" + c).raw("\">\n")
                    .raw("<legend class=\"question-text\" lang=\"en\">").raw(texts.question()).raw("</legend>\n");
            h.hints(c, texts, false).error(c, error).raw("<div class=\"radios\">\n");
            for (SectionView.Radio radio : SectionView.radios(item, f, m)) {
                h.raw("<div class=\"radio").raw(radio.notKnown() ? " radio-apart" : "").raw("\">\n")
                        .raw("<input type=\"radio\" id=\"").text(radio.id()).raw("\" name=\"v:").raw(c).raw("\" value=\"").text(radio.value())
                        .raw("\"").raw(radio.checked() ? " checked" : "").raw(disabled).raw(">\n")
                        .raw("<label for=\"").text(radio.id()).raw(radio.textLang() == null ? "\">" : "\" lang=\"en\">").text(radio.label())
                        .raw("</label>\n</div>\n");
            }
            h.raw("</div>\n</fieldset>\n");
        } else {
            h.raw("<label class=\"question-text\" for=\"a-").raw(c).raw("\" lang=\"en\">").raw(texts.question()).raw("</label>\n");
            h.hints(c, texts, item.type() != ItemType.TEXT).error(c, error);
            if (item.type() == ItemType.TEXT) {
                h.raw("<textarea id=\"a-").raw(c).raw("\" name=\"v:").raw(c).raw("\" rows=\"4\" aria-describedby=\"h-").raw(c)
                        .raw(error == null ? "" : " e-" + c).raw("\"").raw(disabled).raw(">").text(f.value()).raw("</textarea>\n");
            } else {
                String unit = item.type() == ItemType.PERCENTAGE ? "%" : item.unit();
                h.raw("<div class=\"with-unit\">\n<input type=\"text\" id=\"a-").raw(c).raw("\" name=\"v:").raw(c).raw("\" value=\"")
                        .text(f.value()).raw("\" inputmode=\"").raw(item.type() == ItemType.YEAR ? "numeric" : "decimal")
                        .raw("\" class=\"input-number\" spellcheck=\"false\" aria-describedby=\"h-").raw(c).raw(" r-").raw(c)
                        .raw(error == null ? "\"" : " e-" + c + "\" aria-invalid=\"true\"").raw(disabled).raw(">\n");
                if (unit != null && !unit.isEmpty()) {
                    h.raw(unit.equals("%") ? "<span class=\"unit\">" : "<span class=\"unit\" lang=\"en\">").text(unit).raw("</span>\n");
                }
                h.raw("</div>\n");
                if (item.type() == ItemType.YEAR) {
                    h.checkbox("a-" + c + "-never", "never:" + c, f.never(), disabled, m.get("answer_never"));
                }
            }
            h.checkbox("a-" + c + "-nk", "nk:" + c, f.notKnown(), disabled, m.get("answer_not_known"));
        }
        boolean open = f.hasSourceOrNote() || errors.keySet().stream().anyMatch(k -> !k.equals("a-" + c));
        h.raw("<details class=\"source\"").raw(open ? " open" : "").raw(">\n<summary>").text(m.get("source_and_note")).raw("</summary>\n");
        h.field(c, "doc", "doc", m.get("source_document"), f.document(), errors, disabled, "");
        h.field(c, "law", "law", m.get("source_law"), f.law(), errors, disabled, "");
        h.field(c, "url", "url", m.get("source_url"), f.url(), errors, disabled, " inputmode=\"url\" spellcheck=\"false\"");
        h.field(c, "note", "note", m.get("note_field"), f.note(), errors, disabled, null);
        h.raw("</details>\n<p class=\"informs\">").raw(texts.informs()).raw(" <span class=\"code\" translate=\"no\">").raw(c)
                .raw("</span></p>\n</div>\n");
        return h.out.toString();
    }

    private ItemHtml raw(String html) {
        out.write(html);
        return this;
    }

    private ItemHtml text(String text) {
        if (text != null) {
            HtmlEscaper.escape(text, out);
        }
        return this;
    }

    private ItemHtml hints(String c, SectionView.Texts texts, boolean range) {
        raw("<p class=\"hint\" id=\"h-").raw(c).raw("\" lang=\"en\">").raw(texts.help()).raw("</p>\n");
        if (texts.standard() != null) {
            raw("<p class=\"hint standard\">").raw(texts.standard()).raw("</p>\n");
        }
        if (range) {
            raw("<p class=\"hint\" id=\"r-").raw(c).raw("\">").raw(texts.range() == null ? "" : texts.range()).raw("</p>\n");
        }
        return this;
    }

    private ItemHtml error(String c, String error) {
        return error == null ? this : raw("<p class=\"error-message\" id=\"e-").raw(c).raw("\">").text(error).raw("</p>\n");
    }

    private void checkbox(String id, String name, boolean checked, String disabled, String label) {
        raw("<div class=\"checkbox\">\n<input type=\"checkbox\" id=\"").raw(id).raw("\" name=\"").raw(name).raw("\" value=\"1\"")
                .raw(checked ? " checked" : "").raw(disabled).raw(">\n<label for=\"").raw(id).raw("\">").text(label).raw("</label>\n</div>\n");
    }

    /** A source or note field; {@code extra} the input's further attributes, or null for a text area. */
    private void field(String c, String suffix, String name, String label, String value, Map<String, String> errors, String disabled,
                       String extra) {
        String id = "a-" + c + "-" + suffix;
        String error = errors.get(id);
        raw("<div class=\"field").raw(error == null ? "" : " field-error").raw("\">\n<label for=\"").raw(id).raw("\">").text(label)
                .raw("</label>\n");
        if (error != null) {
            raw("<p class=\"error-message\">").text(error).raw("</p>\n");
        }
        if (extra == null) {
            raw("<textarea id=\"").raw(id).raw("\" name=\"").raw(name).raw(":").raw(c).raw("\" rows=\"2\"").raw(disabled).raw(">")
                    .text(value).raw("</textarea>\n</div>\n");
        } else {
            raw("<input type=\"text\" id=\"").raw(id).raw("\" name=\"").raw(name).raw(":").raw(c).raw("\" value=\"").text(value).raw("\"")
                    .raw(extra).raw(disabled).raw(">\n</div>\n");
        }
    }
}
