package org.gapcheck.submission;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.TreeSet;
import org.gapcheck.pack.PackManifest;
import org.gapcheck.questionnaire.Indicator;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.questionnaire.ProfileField;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.Region;
import org.gapcheck.questionnaire.Years;

/**
 * The JSON Schema (draft 2020-12) of a submission to a given pack, generated from its
 * questionnaire so that schema and validator cannot drift apart. Editors can validate a
 * submission while it is typed; {@link SubmissionReader} adds what a schema cannot say
 * (duplicate keys, the size limit).
 */
public final class SubmissionSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SubmissionSchema() {
    }

    public static ObjectNode generate(PackManifest pack, Questionnaire questionnaire) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "urn:gapcheck:submission:" + pack.name() + ":" + pack.version());
        schema.put("title", "National submission to Gapcheck (rule pack " + pack.label() + ")");
        schema.put("description", "What a State reports: country, reporting year, region, country profile, answers keyed by"
                + " questionnaire item code and optional situation indicators. An item left out is not reported; \""
                + Answer.NOT_KNOWN + "\" says the information is not available; neither is \"no\".");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.set("required", strings(List.of("country", "reporting_year", "region", "answers")));
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("$schema").put("type", "string");
        ObjectNode country = properties.putObject("country");
        country.put("description", "ISO 3166-1 alpha-3 code; XAA-XZZ (user-assigned) for tests and training");
        ArrayNode anyOf = country.putArray("anyOf");
        anyOf.addObject().set("enum", strings(new TreeSet<>(Countries.assigned())));
        anyOf.addObject().put("type", "string").put("pattern", "^X[A-Z]{2}$");
        properties.putObject("reporting_year").put("type", "integer")
                .put("minimum", Years.FIRST_REPORTING).put("maximum", Years.LAST_REPORTING);
        properties.putObject("region").put("description", "UN regional group")
                .set("enum", strings(questionnaire.regions().stream().map(Region::id).toList()));
        properties.set("profile", profile(questionnaire));
        properties.set("answers", answers(questionnaire));
        properties.set("indicators", indicators(questionnaire));
        properties.set("reservations", reservations());
        schema.set("$defs", definitions());
        return schema;
    }

    private static ObjectNode profile(Questionnaire questionnaire) {
        ObjectNode profile = JSON.objectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode fields = profile.putObject("properties");
        for (ProfileField f : questionnaire.profile()) {
            fields.set(f.code(), tokens(f.allowedTokens()).put("description", f.question()));
        }
        return profile;
    }

    private static ObjectNode answers(Questionnaire questionnaire) {
        ObjectNode answers = JSON.objectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode items = answers.putObject("properties");
        for (Item item : questionnaire.items()) {
            ObjectNode value = value(item);
            ObjectNode wrapped = JSON.objectNode().put("type", "object").put("additionalProperties", false);
            wrapped.set("required", strings(List.of("value")));
            ObjectNode fields = wrapped.putObject("properties");
            fields.set("value", value.deepCopy());
            fields.putObject("source").put("$ref", "#/$defs/source");
            fields.putObject("note").put("$ref", "#/$defs/text");
            ObjectNode answer = JSON.objectNode().put("description", item.question());
            answer.putArray("oneOf").add(value).add(wrapped);
            items.set(item.code(), answer);
        }
        return answers;
    }

    private static ObjectNode value(Item item) {
        ItemType type = item.type();
        if (type.numeric()) {
            ObjectNode number = JSON.objectNode().put("type", type == ItemType.YEAR ? "integer" : "number");
            if (type == ItemType.YEAR) {
                number.put("minimum", Years.EARLIEST_ANSWER).put("maximum", Years.LAST_REPORTING);
            } else {
                number.put("minimum", item.min()).put("maximum", item.max()).put("description", item.unit());
            }
            ObjectNode either = JSON.objectNode();
            var anyOf = either.putArray("anyOf").add(number).add(JSON.objectNode().put("const", Answer.NOT_KNOWN));
            if (type == ItemType.YEAR) {
                anyOf.add(JSON.objectNode().put("const", Answer.NEVER));
            }
            return either;
        }
        if (type == ItemType.TEXT) {
            return JSON.objectNode().put("$ref", "#/$defs/text");
        }
        return tokens(item.allowedTokens());
    }

    /** Keyed by criterion id; which criteria accept one depends on the pack's rules, so the reader checks the keys. */
    private static ObjectNode reservations() {
        ObjectNode reservation = JSON.objectNode().put("type", "object").put("additionalProperties", false);
        reservation.putArray("required").add("law").add("reason");
        reservation.putObject("properties").<ObjectNode>set("law", JSON.objectNode().put("$ref", "#/$defs/text"))
                .set("reason", JSON.objectNode().put("$ref", "#/$defs/text"));
        ObjectNode out = JSON.objectNode().put("type", "object").put("description", "The State's reservations, by criterion id:"
                + " only on a criterion that stands under a qualifier of its recommendation (\"as appropriate\", \"in accordance with"
                + " national legislation\"), with the law that governs the measure and the reason it is not taken. Confirmed anew each cycle.");
        out.set("additionalProperties", reservation);
        return out;
    }

    private static ObjectNode indicators(Questionnaire questionnaire) {
        ObjectNode indicators = JSON.objectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode properties = indicators.putObject("properties");
        for (Indicator indicator : questionnaire.indicators()) {
            ObjectNode series = JSON.objectNode().put("type", "object").put("additionalProperties", false)
                    .put("description", indicator.name() + " (" + indicator.unit() + ")");
            series.set("required", strings(List.of("values")));
            ObjectNode fields = series.putObject("properties");
            ObjectNode values = fields.putObject("values").put("type", "object");
            values.putObject("propertyNames").put("pattern", Years.reportablePattern());
            values.putObject("additionalProperties").put("type", "number")
                    .put("minimum", indicator.min()).put("maximum", indicator.max());
            fields.putObject("source").put("$ref", "#/$defs/source");
            fields.putObject("note").put("$ref", "#/$defs/text");
            properties.set(indicator.code(), series);
        }
        return indicators;
    }

    private static ObjectNode definitions() {
        ObjectNode defs = JSON.objectNode();
        defs.putObject("text").put("type", "string").put("minLength", 1).put("maxLength", 10_000).put("pattern", "\\S");
        ObjectNode source = defs.putObject("source").put("type", "object").put("additionalProperties", false)
                .put("minProperties", 1);
        ObjectNode fields = source.putObject("properties");
        fields.putObject("document").put("$ref", "#/$defs/text");
        fields.putObject("law").put("$ref", "#/$defs/text");
        fields.putObject("url").put("type", "string").put("pattern", "^[hH][tT][tT][pP][sS]?://[^\\s/]+");
        return defs;
    }

    private static ObjectNode tokens(List<String> allowed) {
        ArrayNode values = strings(allowed);
        values.add(Answer.NOT_KNOWN);
        ObjectNode node = JSON.objectNode();
        node.set("enum", values);
        return node;
    }

    private static ArrayNode strings(Iterable<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
