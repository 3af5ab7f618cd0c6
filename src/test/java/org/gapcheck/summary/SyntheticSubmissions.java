package org.gapcheck.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gapcheck.core.RulePack;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.json.Json;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.Questionnaire;

/**
 * Realistic synthetic submissions for the secretariat's workload (193 States over 2019-2029): each
 * country starts from one of the full fixtures' profiles and answers, varied by a seeded random
 * per country, and improves a little year by year. Country codes are the user-assigned XAA-XZZ,
 * never a real country's.
 */
public final class SyntheticSubmissions {

    private static final List<String> BASES = List.of("xaa-producer-2024.json", "xab-transit-2024.json", "xac-consumer-2024.json",
            "xae-punitive-2024.json", "xaf-baseline-2019.json", "xah-donor-2024.json");

    private SyntheticSubmissions() {
    }

    public static String code(int i) {
        return "X" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
    }

    /** Each country names the region the pack's regions.yaml places it in, as a valid submission must. */
    public static List<SummaryBuilder.Input> generate(RulePack pack, int countries, List<Integer> years, long seed) {
        Questionnaire questionnaire = pack.questionnaire();
        List<ObjectNode> bases = BASES.stream().map(b -> {
            try {
                return (ObjectNode) Json.mapper().readTree(Fixtures.read(Path.of("fixtures", b)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        List<SummaryBuilder.Input> out = new ArrayList<>();
        for (int c = 0; c < countries; c++) {
            ObjectNode base = bases.get(c % bases.size());
            for (int y = 0; y < years.size(); y++) {
                Random random = new Random(seed * 1_000_003L + c * 101L + y);
                ObjectNode s = base.deepCopy();
                s.put("country", code(c)).put("reporting_year", years.get(y)).put("region", pack.regions().country(code(c)).orElseThrow().unGroup());
                s.remove("indicators");
                ObjectNode answers = (ObjectNode) s.get("answers");
                double improve = 0.03 * y;
                for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    Item item = questionnaire.item(e.getKey()).orElseThrow();
                    e.setValue(vary(item, e.getValue(), random, improve));
                }
                out.add(new SummaryBuilder.Input(code(c) + "-" + years.get(y) + ".json", Json.write(s).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static JsonNode vary(Item item, JsonNode answer, Random random, double improve) {
        JsonNode value = answer.isObject() ? answer.get("value") : answer;
        JsonNode changed = value;
        double roll = random.nextDouble();
        if (roll < 0.04) {
            changed = Json.mapper().getNodeFactory().textNode("not_known");
        } else if (item.type().numeric() && value.isNumber()) {
            double factor = 0.8 + 0.4 * random.nextDouble() + improve;
            double v = Math.max(item.type().numeric() && item.min() != null ? item.min() : 0, value.asDouble() * factor);
            v = item.max() == null ? v : Math.min(item.max(), v);
            changed = item.type() == org.gapcheck.questionnaire.ItemType.YEAR
                    ? Json.mapper().getNodeFactory().numberNode(value.asInt()) : Json.mapper().getNodeFactory().numberNode(Math.round(v * 10) / 10.0);
        } else if (!item.allowedTokens().isEmpty() && value.isTextual() && roll < 0.16 + improve) {
            List<String> tokens = item.allowedTokens();
            // Later years lean towards the first token (yes, or the first and fullest choice).
            String token = random.nextDouble() < 0.5 + improve ? tokens.get(0) : tokens.get(random.nextInt(tokens.size()));
            changed = Json.mapper().getNodeFactory().textNode(token);
        }
        if (answer.isObject()) {
            ObjectNode copy = answer.deepCopy();
            copy.set("value", changed);
            return copy;
        }
        return changed;
    }
}
