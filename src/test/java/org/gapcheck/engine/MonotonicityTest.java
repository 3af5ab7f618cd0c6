package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.fixtures.Fixtures;
import org.gapcheck.json.Json;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.submission.SubmissionReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Changing one answer to a value that satisfies the criteria reading it better never lowers any
 * recommendation's status; and no item is read in opposite directions by two criteria. Checked
 * over every item, from two fixtures.
 */
class MonotonicityTest {

    private static final RulePack PACK = RulePackLoader.load(null);
    private static final SubmissionReader READER = PACK.reader();

    private static Map<String, Status> criteria(List<Finding> findings) {
        Map<String, Status> out = new HashMap<>();
        findings.forEach(f -> f.criteria().forEach(c -> out.put(c.id(), c.status())));
        return out;
    }

    private List<Finding> evaluate(ObjectNode root) {
        return PACK.evaluator().evaluate(READER.read(Json.write(root).getBytes(StandardCharsets.UTF_8)));
    }

    /** The values worth trying for an item: its tokens, or its range ends and every figure a criterion compares it with. */
    private List<Object> candidates(Item item) {
        if (!item.type().numeric()) {
            return new ArrayList<>(item.allowedTokens());
        }
        Set<Double> values = new LinkedHashSet<>();
        double min = item.type() == ItemType.YEAR ? 2000 : item.min();
        double max = item.highest();
        values.add(min);
        values.add(max);
        for (CriterionDef c : PACK.ruleBase().criteria()) {
            for (Requirement r : c.partial() == null ? List.of(c.met()) : List.of(c.met(), c.partial())) {
                r.figures(item.code()).forEach(d -> values.addAll(List.of(d - 1, d, d + 1)));
            }
        }
        List<Object> out = new ArrayList<>();
        values.stream().filter(v -> v >= min && v <= max).forEach(v -> out.add(item.type() == ItemType.YEAR ? (Object) v.intValue() : v));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xaf-baseline-2019.json", "xae-punitive-2024.json"})
    void abetterAnswerNeverLowersAStatus(String fixture) throws Exception {
        ObjectNode root = (ObjectNode) Json.mapper().readTree(Fixtures.read(Path.of("fixtures", fixture)));
        ObjectNode answers = (ObjectNode) root.get("answers");
        List<Finding> base = evaluate(root);
        Map<String, Status> baseCriteria = criteria(base);
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Item item : PACK.questionnaire().items()) {
            if (item.type() == ItemType.TEXT) {
                continue;
            }
            JsonNode original = answers.get(item.code());
            for (Object value : candidates(item)) {
                ObjectNode changed = root.deepCopy();
                ((ObjectNode) changed.get("answers")).set(item.code(), Json.mapper().valueToTree(value));
                List<Finding> after = evaluate(changed);
                Map<String, Status> afterCriteria = criteria(after);
                boolean up = false;
                boolean down = false;
                boolean newlyJudged = false;
                for (var e : afterCriteria.entrySet()) {
                    int before = baseCriteria.get(e.getKey()).rank();
                    int now = e.getValue().rank();
                    if (before >= 0 && now >= 0) {
                        up |= now > before;
                        down |= now < before;
                    }
                    newlyJudged |= before < 0 && now >= 0;
                }
                if (up && down) {
                    violations.add(item.code() + " -> " + value + " raises one criterion and lowers another");
                }
                if (up && !down && !newlyJudged) {
                    checked++;
                    for (int i = 0; i < base.size(); i++) {
                        Status was = base.get(i).status();
                        Status is = after.get(i).status();
                        if (was.rank() >= 0 && is.rank() < was.rank()) {
                            violations.add(item.code() + " " + (original == null ? "(unanswered)" : original) + " -> " + value
                                    + " lowered " + base.get(i).recommendation() + " from " + was + " to " + is);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
        assertTrue(checked > 50, "only " + checked + " improving changes were tried");
    }
}
