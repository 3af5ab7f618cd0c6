package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gapcheck.testing.StoredServer.Answer;
import org.gapcheck.text.Sha256;
import org.junit.jupiter.api.Test;

/** The receipt of an acknowledged version as a PDF: what it states, and who may read it. */
abstract class ReceiptCases extends WorkflowContract {

    private static final String PDF = "application/pdf";

    private Answer pdf(Caller caller, String path) {
        return caller.cookie() == null ? server.send("GET", "/api/countries/" + path, null, "Accept", PDF)
                : server.send("GET", "/api/countries/" + path, null, "Cookie", caller.cookie(), "Accept", PDF);
    }

    /** Submits the fixture and has the secretariat acknowledge it; the JSON receipt. */
    private JsonNode acknowledged() throws Exception {
        json(submit(draftWholeFixture()));
        return json(as(secretariat, "POST", xaf("/acknowledge"), null));
    }

    @Test
    void theReceiptAsPdfIsOnePageWithTheHashOfTheStoredSubmissionThePackAndTheTimes() throws Exception {
        JsonNode receipt = acknowledged();
        Answer answer = pdf(coordinator, xaf("/versions/1/receipt"));
        status(200, answer);
        assertEquals(PDF, answer.header("Content-Type"));
        byte[] bytes = answer.bytes();
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertEquals(1, doc.getNumberOfPages(), "one page");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            String sha = receipt.get("sha256").asText();
            assertTrue(sha.matches("[0-9a-f]{64}") && text.contains(sha), "the SHA-256 whole, on one line: " + text);
            assertTrue(text.contains("version " + receipt.get("pack_version").asText()), "the pack version: " + text);
            assertTrue(text.contains(words(receipt.get("acknowledged_at").asText())), "acknowledged at, to the second: " + text);
            assertTrue(text.contains(words(receipt.get("submitted_at").asText())), "submitted at: " + text);
            assertTrue(text.contains("Test country XAF (XAF)") && text.contains("reporting year " + year), text);
            assertTrue(text.contains("nomination NV/2026/7"), "the certification: " + text);
            assertTrue(text.contains("sha256sum"), "how to check the hash: " + text);
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertEquals("Receipt of a national submission: Test country XAF, " + year + ", version 1",
                    doc.getDocumentInformation().getTitle());
            Path png = Path.of("target/screenshots/receipt.png");
            Files.createDirectories(png.getParent());
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", png.toFile());
        }
        // What the receipt says to hash is what its SHA-256 covers, byte for byte.
        Answer stored = as(coordinator, "GET", xaf("/versions/1/submission"), null);
        status(200, stored);
        assertEquals(receipt.get("sha256").asText(), Sha256.hex(stored.bytes()));
        status(200, pdf(secretariat, xaf("/versions/1/receipt")));
        status(200, pdf(contributor, xaf("/versions/1/receipt")));
    }

    @Test
    void aVersionNotAcknowledgedHasNoReceiptAndOnlyTheDelegationAndTheSecretariatReadOne() throws Exception {
        json(submit(draftWholeFixture()));
        problem(404, "not-found/receipt", pdf(coordinator, xaf("/versions/1/receipt")));
        problem(404, "not-found/receipt", as(coordinator, "GET", xaf("/versions/1/receipt"), null));
        json(as(secretariat, "POST", xaf("/acknowledge"), null));
        problem(404, "not-found/receipt", pdf(coordinator, xaf("/versions/2/receipt")));
        problem(404, "not-found/submission", pdf(otherCoordinator, xaf("/versions/1/receipt")));
        status(401, pdf(anonymous, xaf("/versions/1/receipt")));
        status(406, accepting("text/csv")); // the router refuses it (http/406), as @Produces offers only JSON and PDF
        JsonNode json = json(accepting("application/json;q=0.9, application/pdf;q=0.1"));
        assertEquals(1, json.get("version").asInt(), "JSON where it is preferred: " + json);
    }

    /** An RFC 3339 time of the JSON receipt as the PDF writes it: in words, to the second, in UTC. */
    private static String words(String rfc3339) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC)
                .format(Instant.parse(rfc3339));
    }

    private Answer accepting(String accept) {
        return server.send("GET", "/api/countries/" + xaf("/versions/1/receipt"), null, "Cookie", coordinator.cookie(), "Accept", accept);
    }
}
