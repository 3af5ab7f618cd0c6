package org.gapcheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.Years;

/**
 * One submission answering every questionnaire item, pseudo-random from a fixed seed so that a
 * realistic mix of criteria is met, partly met, not met and (a few "not_known") not reported.
 * The profile is left empty, so no applicability rule rules anything out.
 */
final class FullSubmission {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FullSubmission() {
    }

    /** @param criteria the pack's criteria, whose figures numeric answers are spread around */
    static byte[] json(Questionnaire questionnaire, Collection<CriterionDef> criteria, long seed) throws Exception {
        Random random = new Random(seed);
        ObjectNode root = JSON.createObjectNode();
        root.put("country", "XAA").put("reporting_year", 2024).put("region", questionnaire.regions().get(0).id());
        root.putObject("profile");
        ObjectNode answers = root.putObject("answers");
        for (Item item : questionnaire.items()) {
            ObjectNode answer = answers.putObject(item.code());
            if (random.nextDouble() < 0.04) {
                answer.put("value", "not_known");
            } else if (item.type() == ItemType.TEXT) {
                answer.put("value", "Generated answer.");
            } else if (item.type().numeric()) {
                answer.set("value", JSON.valueToTree(number(item, criteria, random)));
            } else {
                List<String> tokens = item.allowedTokens();
                answer.put("value", tokens.get(random.nextInt(tokens.size())));
            }
            // Half the answers cite a source, for the criteria that require a documented answer.
            if (random.nextBoolean()) {
                answer.putObject("source").put("document", "Generated source " + item.code());
            }
        }
        return JSON.writeValueAsBytes(root);
    }

    /** Around a figure some criterion compares the item with (a half to one and a half times it), within the item's range. */
    private static Number number(Item item, Collection<CriterionDef> criteria, Random random) {
        List<Double> figures = new ArrayList<>();
        for (CriterionDef c : criteria) {
            figures.addAll(c.met().figures(item.code()));
            if (c.partial() != null) {
                figures.addAll(c.partial().figures(item.code()));
            }
        }
        if (item.type() == ItemType.YEAR) {
            int year = figures.isEmpty() ? 2016 : figures.get(random.nextInt(figures.size())).intValue();
            return Math.min(Years.LAST_REPORTING, year - 5 + random.nextInt(11));
        }
        double min = item.min() == null ? 0 : item.min();
        double max = item.max() == null ? Double.MAX_VALUE : item.max();
        double around = figures.isEmpty() ? Math.min(max, min + 100) : figures.get(random.nextInt(figures.size()));
        double value = Math.round(around * (0.5 + random.nextDouble()) * 10) / 10.0;
        return Math.max(min, Math.min(max, value));
    }
}
