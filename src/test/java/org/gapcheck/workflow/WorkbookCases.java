package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.gapcheck.testing.Spreadsheets.answer;
import static org.gapcheck.testing.Spreadsheets.edited;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.gapcheck.testing.StoredServer.Answer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The Excel round trip through the pages: the questionnaire downloaded with the draft's answers,
 * filled in and uploaded back; a cell in error saves nothing and is named {@code sheet!cell}; a
 * contributor's changes outside its sections are listed, not saved; another country's file or
 * anyone outside the delegation is refused.
 */
abstract class WorkbookCases extends WorkflowContract {

    private static final String REVIEW = "HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW";

    private String path(String rest) {
        return "/app/XAF/" + year + rest;
    }

    private byte[] download(Caller caller) {
        Answer answer = page(caller, path("/questionnaire.xlsx"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", answer.header("Content-Type"));
        assertEquals("attachment; filename=\"gapcheck-XAF-" + year + ".xlsx\"", answer.header("Content-Disposition"));
        return answer.bytes();
    }

    /** Posts {@code xlsx} to the upload form as a browser does (multipart, with the session's token); the page answered. */
    private Document upload(Caller caller, byte[] xlsx) {
        String csrf = html(page(caller, path("/upload"))).selectFirst("input[name=_csrf]").val();
        String boundary = "----gapcheck" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"answers.xlsx\"\r\nContent-Type: application/octet-stream"
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(xlsx);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Answer answer = server.sendBytes("POST", path("/upload"), body.toByteArray(), "Content-Type", "multipart/form-data; boundary="
                + boundary, "Cookie", caller.cookie());
        assertEquals(200, answer.status(), answer.body());
        return html(answer);
    }

    private JsonNode draft() {
        return json(as(coordinator, "GET", xaf(""), null)).get("draft");
    }

    @Test
    void theQuestionnaireGoesOutWithItsAnswersAndComesBackWithTheChangedOnesSaved() throws Exception {
        draftWholeFixture();
        byte[] filled = edited(download(coordinator), answer("HR", REVIEW, "Yes"));
        Document done = upload(coordinator, filled);
        assertEquals("1 answer saved from the spreadsheet.", done.selectFirst(".notice").text());
        assertEquals("yes", draft().at("/answers/" + REVIEW).asText());
        assertEquals("The spreadsheet changes no answer: there was nothing to save.", upload(coordinator, filled).selectFirst(".notice").text(),
                "the same file again changes nothing");
        Document tasks = html(page(coordinator, path("")));
        assertEquals(path("/questionnaire.xlsx"), tasks.select(".workbook-links a").first().attr("href"));
    }

    @Test
    void aCellInErrorIsNamedBySheetAndCellAndNothingIsSaved() throws Exception {
        draftWholeFixture();
        byte[] filled = edited(download(coordinator), answer("HR", REVIEW, "Yes").andThen(
                answer("HR", "HR.WOMEN_PRISONERS_DRUG_OFFENCES_PERCENT", "140")));
        Document refused = upload(coordinator, filled);
        String summary = refused.selectFirst(".error-summary").text();
        assertTrue(summary.contains("1 cell cannot be saved, so nothing was saved:"), summary);
        assertTrue(refused.select(".cell-errors li").first().text().matches("HR!C\\d+: .*100.*"), refused.select(".cell-errors li").text());
        assertEquals("partly", draft().at("/answers/" + REVIEW).asText(), "nothing of the file was saved");
    }

    @Test
    void aContributorsChangesOutsideItsSectionsAreListedNotSaved() throws Exception {
        draftWholeFixture();
        String login = server.bean(org.gapcheck.storage.AccountRepository.class).findAll().stream()
                .filter(a -> a.role() == org.gapcheck.storage.Account.Role.CONTRIBUTOR && "XAF".equals(a.country())).findFirst()
                .orElseThrow().login();
        status(200, as(coordinator, "PUT", "XAF/assignments/" + login, "{\"sections\": [\"HR\"]}"));
        byte[] filled = edited(download(contributor), answer("HR", REVIEW, "Yes").andThen(answer("LEG", "LEG.DRUG_DEPENDENCE_HEALTH_DISORDER",
                "No")));
        Document done = upload(contributor, filled);
        assertEquals("1 answer saved from the spreadsheet.", done.selectFirst(".notice").text());
        assertTrue(done.selectFirst(".panel").text().matches("1 changed cell was not saved: LEG!C\\d+: not a question of your sections \\(HR\\).*"),
                done.selectFirst(".panel").text());
        assertEquals("yes", draft().at("/answers/" + REVIEW).asText());
        assertEquals("yes", draft().at("/answers/LEG.DRUG_DEPENDENCE_HEALTH_DISORDER").asText());
    }

    @Test
    void anotherCountrysWorkbookAndAnyoneOutsideTheDelegationAreRefused() throws Exception {
        draftWholeFixture();
        byte[] xaf = download(coordinator);
        assertEquals(404, page(otherCoordinator, path("/questionnaire.xlsx")).status());
        assertEquals(404, page(otherCoordinator, path("/upload")).status());
        int other = year + 1;
        String into = "/app/XAF/" + other + "/upload";
        String csrf = html(page(coordinator, into)).selectFirst("input[name=_csrf]").val();
        String boundary = "----gapcheck" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(xaf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Document refused = html(server.sendBytes("POST", into, body.toByteArray(), "Content-Type", "multipart/form-data; boundary=" + boundary,
                "Cookie", coordinator.cookie()));
        assertEquals("The file was not saved: this workbook is the questionnaire of Test country XAF (XAF) for " + year
                + ", not of Test country XAF (XAF) for " + other + ".", refused.selectFirst("#e-file").text());
    }
}
