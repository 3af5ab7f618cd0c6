package org.gapcheck.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gapcheck.text.Classpath;
import org.gapcheck.text.Sha256;

/**
 * The {@code <style>} blocks of the pages the service renders, as CSP hash sources (CSP Level 3,
 * "hash-source"): each block is constant text of its template, so its SHA-256 is known at start and a
 * browser applies it and no other inline style. A test checks every served page's blocks against them.
 */
final class InlineStyles {

    /** The templates whose pages the service answers as HTML. */
    static final List<String> TEMPLATES = List.of("/pages/home.html.mustache", "/templates/report.html.mustache",
            "/templates/summary.html.mustache");
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private InlineStyles() {
    }

    static String sources() {
        List<String> sources = new ArrayList<>();
        for (String template : TEMPLATES) {
            Matcher m = STYLE.matcher(Classpath.text(template));
            while (m.find()) {
                String source = hash(m.group(1));
                if (!sources.contains(source)) {
                    sources.add(source);
                }
            }
        }
        return String.join(" ", sources);
    }

    /** {@code 'sha256-BASE64'} of a style block's text, as the browser hashes it (UTF-8). */
    static String hash(String style) {
        return "'sha256-" + Base64.getEncoder().encodeToString(Sha256.digest(style.getBytes(StandardCharsets.UTF_8))) + "'";
    }
}
