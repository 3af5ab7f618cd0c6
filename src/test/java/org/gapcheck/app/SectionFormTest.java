package org.gapcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.json.Json;
import org.gapcheck.questionnaire.Item;
import org.junit.jupiter.api.Test;

/** A section's form fields to the merge patch of the submission, and a stored answer back to fields. */
class SectionFormTest {

    private static final RulePack PACK = RulePackLoader.load(null);

    private static Item item(String code) {
        return PACK.questionnaire().item(code).orElseThrow();
    }

    @Test
    void fieldsMakeBareValuesObjectsWithSourcesNumbersAndClears() throws Exception {
        List<Item> items = List.of(item("HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW"), item("HR.PRISON_OCCUPANCY_RATE"),
                item("HR.UNSENTENCED_DETAINEES_PERCENT"), item("HR.WOMEN_PRISONERS_DRUG_OFFENCES_PERCENT"));
        Map<String, Object> form = Map.of("v:HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW", "partly", "law:HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW",
                " Act 12/2020 ", "v:HR.PRISON_OCCUPANCY_RATE", "112.50", "nk:HR.UNSENTENCED_DETAINEES_PERCENT", "1");
        JsonNode patch = SectionForm.patch(items, SectionForm.read(items, form));
        assertEquals(Json.mapper().readTree("{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": {\"value\": \"partly\","
                + " \"source\": {\"law\": \"Act 12/2020\"}}, \"HR.PRISON_OCCUPANCY_RATE\": 112.50,"
                + " \"HR.UNSENTENCED_DETAINEES_PERCENT\": \"not_known\", \"HR.WOMEN_PRISONERS_DRUG_OFFENCES_PERCENT\": null}}"), patch);
        assertEquals("12,5", SectionForm.patch(items.subList(1, 2), SectionForm.read(items.subList(1, 2),
                Map.of("v:HR.PRISON_OCCUPANCY_RATE", "12,5"))).at("/answers/HR.PRISON_OCCUPANCY_RATE").asText(),
                "not a number: sent as typed, for the reader to say so at its item");
    }

    @Test
    void aStoredAnswerFillsTheFieldsItCameFrom() throws Exception {
        Item rate = item("HR.PRISON_OCCUPANCY_RATE");
        SectionForm.Fields f = SectionForm.of(rate, Json.mapper().readTree("{\"value\": 112.50, \"source\": {\"url\":"
                + " \"https://x.example\"}, \"note\": \"census\"}"));
        assertEquals(new SectionForm.Fields("112.5", false, false, "", "", "https://x.example", "census"), f);
        assertEquals(new SectionForm.Fields("", true, false, "", "", "", ""), SectionForm.of(rate, Json.mapper().readTree("\"not_known\"")));
        Item review = item("HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW");
        assertEquals("not_known", SectionForm.of(review, Json.mapper().readTree("\"not_known\"")).value(), "a radio of its own");
        assertEquals(new SectionForm.Fields("", false, false, "", "", "", ""), SectionForm.of(review, null));
    }
}
