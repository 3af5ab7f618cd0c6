package org.gapcheck.submission;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.gapcheck.questionnaire.Indicator;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.questionnaire.ProfileField;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.Region;
import org.gapcheck.questionnaire.Years;
import org.gapcheck.text.Levenshtein;

/**
 * Turns the bytes of a submission into a validated {@link Submission}, or fails with every error
 * found, each at its JSON Pointer. Nothing is dropped silently: an unknown field is an error.
 *
 * <p>The one main file allowed over 300 lines (structure/FileLengthTest names it): it is one pass
 * over one document that reports every error, and the JSON Pointer of each value is built up as the
 * pass descends; split into several classes, that pointer bookkeeping would be scattered across
 * them and passed back and forth.
 */
public final class SubmissionReader {

    /** Submissions above 1 MiB are refused unread; the full questionnaire answered with notes is far smaller. */
    public static final int MAX_BYTES = 1 << 20;
    private static final int MAX_TEXT = 10_000;
    private static final Set<String> TOP_LEVEL = Set.of("$schema", "country", "reporting_year", "region", "profile",
            "answers", "indicators", "reservations");
    private static final Set<String> RESERVATION_KEYS = Set.of("law", "reason");
    private static final Set<String> ANSWER_KEYS = Set.of("value", "source", "note");
    private static final Set<String> SOURCE_KEYS = Set.of("document", "law", "url");
    private static final Set<String> INDICATOR_KEYS = Set.of("values", "source", "note");

    private final Questionnaire questionnaire;
    /** The criteria a State may record a reservation on, with the qualifier each stands under. */
    private final Map<String, String> reservable;
    /** The region the pack places each country in, by code; a country it does not list may name any. */
    private final Map<String, String> regionOf;

    /** A reader that accepts no reservation and knows no country's region: for tools that read answers only. */
    public SubmissionReader(Questionnaire questionnaire) {
        this(questionnaire, Map.of(), Map.of());
    }

    /**
     * @param reservable the criterion ids that stand under a qualifier of their recommendation, with that qualifier
     * @param regionOf   the region id the pack gives each country it places in one (regions.yaml), by country code
     */
    public SubmissionReader(Questionnaire questionnaire, Map<String, String> reservable, Map<String, String> regionOf) {
        this.questionnaire = questionnaire;
        this.reservable = Map.copyOf(reservable);
        this.regionOf = Map.copyOf(regionOf);
    }

    public Submission read(byte[] json) {
        List<SubmissionError> errors = new ArrayList<>();
        if (json.length > MAX_BYTES) {
            throw new InvalidSubmissionException(List.of(SubmissionError.at("", "too_large",
                    "the submission is " + json.length + " bytes; the limit is " + MAX_BYTES + " bytes (1 MiB)")));
        }
        Optional<JsonNode> tree = JsonTree.parse(json, errors);
        if (tree.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        JsonNode root = tree.get();
        if (!root.isObject()) {
            errors.add(SubmissionError.at("", "wrong_type", "a submission is a JSON object, found " + kind(root)));
            throw new InvalidSubmissionException(errors);
        }
        unknownKeys(root, "", TOP_LEVEL, "field", errors);
        String country = country(root.get("country"), errors);
        int year = reportingYear(root.get("reporting_year"), errors);
        String region = region(root.get("region"), errors);
        regionAgrees(country, region, errors);
        Map<String, String> profile = profile(root.get("profile"), errors);
        Map<String, Answer> answers = answers(root.get("answers"), errors);
        Map<String, IndicatorSeries> indicators = indicators(root.get("indicators"), errors);
        Map<String, Reservation> reservations = reservations(root.get("reservations"), errors);
        if (root.has("$schema") && !root.get("$schema").isTextual()) {
            errors.add(SubmissionError.at("/$schema", "wrong_type", "'$schema' is the address of the schema, a string"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return new Submission(country, year, region, profile, answers, indicators, reservations);
    }

    /** Reservations by criterion id: each on a criterion under a qualifier, with the law and the reason. */
    private Map<String, Reservation> reservations(JsonNode node, List<SubmissionError> errors) {
        Map<String, Reservation> out = new LinkedHashMap<>();
        if (node == null || !isObject(node, "/reservations", "'reservations' is an object keyed by criterion id,"
                + " e.g. {\"1(k).medication_assisted_treatment\": {\"law\": \"...\", \"reason\": \"...\"}}", errors)) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            String path = Pointer.of("reservations", id);
            if (!reservable.containsKey(id)) {
                errors.add(SubmissionError.at(path, "reservation_not_allowed", "'" + id + "' is not a criterion that"
                        + " stands under a qualifier of its recommendation (such as \"in accordance with national legislation\");"
                        + " a reservation may be recorded only there" + suggestion(id, List.copyOf(reservable.keySet()))));
                continue;
            }
            JsonNode value = entry.getValue();
            if (!isObject(value, path, "a reservation is an object with 'law' and 'reason'", errors)) {
                continue;
            }
            unknownKeys(value, path, RESERVATION_KEYS, "reservation field", errors);
            String law = text(value.get("law"), path + "/law", "'law'", errors);
            String reason = text(value.get("reason"), path + "/reason", "'reason'", errors);
            if (law == null && !value.has("law")) {
                errors.add(SubmissionError.at(path + "/law", "missing_field", "a reservation names the law that governs the measure"));
            }
            if (reason == null && !value.has("reason")) {
                errors.add(SubmissionError.at(path + "/reason", "missing_field", "a reservation says why the measure is not taken"));
            }
            if (law != null && reason != null) {
                out.put(id, new Reservation(id, law, reason));
            }
        }
        return out;
    }

    private String country(JsonNode node, List<SubmissionError> errors) {
        if (node == null) {
            errors.add(SubmissionError.at("/country", "missing_field", "'country' is required: the ISO 3166-1 alpha-3 code, e.g. XAA"));
            return null;
        }
        if (!node.isTextual()) {
            errors.add(SubmissionError.at("/country", "wrong_type", "'country' is a three-letter code in a string, found " + kind(node)));
            return null;
        }
        String code = node.asText();
        if (!code.matches("[A-Z]{3}")) {
            errors.add(SubmissionError.at("/country", "unknown_country", "'" + code + "' is not an ISO 3166-1 alpha-3 code (three capital letters)"));
        } else if (!Countries.known(code)) {
            errors.add(SubmissionError.at("/country", "unknown_country", "'" + code + "' is not an assigned ISO 3166-1 alpha-3 code nor a user-assigned one (XAA-XZZ)"));
        }
        return code;
    }

    private int reportingYear(JsonNode node, List<SubmissionError> errors) {
        if (node == null) {
            errors.add(SubmissionError.at("/reporting_year", "missing_field", "'reporting_year' is required, e.g. 2024"));
            return 0;
        }
        if (!node.isIntegralNumber()) {
            errors.add(SubmissionError.at("/reporting_year", "wrong_type", "'reporting_year' is a whole number, found " + kind(node)));
            return 0;
        }
        int year = node.asInt();
        if (!node.canConvertToInt() || !Years.reportable(year)) {
            errors.add(SubmissionError.at("/reporting_year", "year_out_of_range", "'reporting_year' must lie within "
                    + Years.reportableRange() + " (the 2009 Plan of Action to beyond the 2029 review), found " + node.asText()));
        }
        return year;
    }

    private String region(JsonNode node, List<SubmissionError> errors) {
        List<String> allowed = questionnaire.regions().stream().map(Region::id).toList();
        if (node == null) {
            errors.add(SubmissionError.at("/region", "missing_field", "'region' is required, one of " + String.join(", ", allowed)));
            return null;
        }
        if (!node.isTextual() || !questionnaire.hasRegion(node.asText())) {
            errors.add(SubmissionError.at("/region", "unknown_region", "'region' must be one of " + String.join(", ", allowed)
                    + ", found " + describe(node)));
            return null;
        }
        return node.asText();
    }

    /** The pack's table of regions is pack data, like its table of donors: a submission cannot move its country. */
    private void regionAgrees(String country, String region, List<SubmissionError> errors) {
        String placed = country == null || region == null ? null : regionOf.get(country);
        if (placed != null && !placed.equals(region)) {
            String name = questionnaire.regions().stream().filter(r -> r.id().equals(placed)).map(r -> " (" + r.name() + ")").findFirst().orElse("");
            errors.add(SubmissionError.at("/region", "region_mismatch", "'region' is " + region + ", but the rule pack (regions.yaml)"
                    + " places " + country + " in " + placed + name));
        }
    }

    private Map<String, String> profile(JsonNode node, List<SubmissionError> errors) {
        Map<String, String> profile = new TreeMap<>();
        if (node == null || !isObject(node, "/profile", "'profile' is an object of profile fields", errors)) {
            return profile;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = Pointer.of("profile", field.getKey());
            Optional<ProfileField> known = questionnaire.profileField(field.getKey());
            if (known.isEmpty()) {
                errors.add(SubmissionError.at(path, "unknown_profile_field", "no profile field '" + field.getKey() + "'"
                        + suggestion(field.getKey(), questionnaire.profile().stream().map(ProfileField::code).toList())));
                continue;
            }
            token(field.getValue(), path, "profile field '" + field.getKey() + "'", known.get().allowedTokens(), errors)
                    .ifPresent(v -> profile.put(field.getKey(), v));
        }
        return profile;
    }

    private Map<String, Answer> answers(JsonNode node, List<SubmissionError> errors) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (node == null) {
            errors.add(SubmissionError.at("/answers", "missing_field", "'answers' is required: an object of answers keyed by item code (it may be empty)"));
            return answers;
        }
        if (!isObject(node, "/answers", "'answers' is an object keyed by item code", errors)) {
            return answers;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String code = entry.getKey();
            String path = Pointer.of("answers", code);
            Optional<Item> item = questionnaire.item(code);
            if (item.isEmpty()) {
                errors.add(SubmissionError.at(path, "unknown_item", "no questionnaire item '" + code + "'"
                        + suggestion(code, questionnaire.items().stream().map(Item::code).toList())));
                continue;
            }
            // Keyed by the questionnaire's own code string, as requirements are: lookups then compare by identity.
            answer(item.get(), entry.getValue(), path, errors).ifPresent(a -> answers.put(item.get().code(), a));
        }
        return answers;
    }

    /** An answer is its value alone, or an object with the value, its source and a note. */
    private Optional<Answer> answer(Item item, JsonNode node, String path, List<SubmissionError> errors) {
        JsonNode value = node;
        String valuePath = path;
        Source source = null;
        String note = null;
        if (node.isObject()) {
            unknownKeys(node, path, ANSWER_KEYS, "answer field", errors);
            value = node.get("value");
            valuePath = path + "/value";
            if (value == null) {
                errors.add(SubmissionError.at(valuePath, "missing_field", "an answer object needs its 'value'"));
                return Optional.empty();
            }
            source = source(node.get("source"), path + "/source", errors);
            note = text(node.get("note"), path + "/note", "'note'", errors);
        }
        String what = "item '" + item.code() + "'";
        Source from = source;
        String remark = note;
        if (value.isTextual() && Answer.NOT_KNOWN.equals(value.asText())) {
            return Optional.of(new Answer(item.code(), Answer.NOT_KNOWN, null, null, from, remark));
        }
        ItemType type = item.type();
        if (type == ItemType.YEAR && value.isTextual() && Answer.NEVER.equals(value.asText())) {
            return Optional.of(new Answer(item.code(), Answer.NEVER, null, null, from, remark));
        }
        if (type.numeric()) {
            return number(value, valuePath, what, type == ItemType.YEAR, item.lowest(), item.highest(), unit(item), errors)
                    .map(n -> new Answer(item.code(), null, n, null, from, remark));
        }
        if (type == ItemType.TEXT) {
            String text = text(value, valuePath, what, errors);
            return text == null ? Optional.empty() : Optional.of(new Answer(item.code(), null, null, text, from, remark));
        }
        return token(value, valuePath, what, item.allowedTokens(), errors)
                .map(t -> new Answer(item.code(), t, null, null, from, remark));
    }

    private Map<String, IndicatorSeries> indicators(JsonNode node, List<SubmissionError> errors) {
        Map<String, IndicatorSeries> out = new LinkedHashMap<>();
        if (node == null || !isObject(node, "/indicators", "'indicators' is an object keyed by indicator code", errors)) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = Pointer.of("indicators", entry.getKey());
            Optional<Indicator> indicator = questionnaire.indicator(entry.getKey());
            if (indicator.isEmpty()) {
                errors.add(SubmissionError.at(path, "unknown_indicator", "no indicator '" + entry.getKey() + "'"
                        + suggestion(entry.getKey(), questionnaire.indicators().stream().map(Indicator::code).toList())));
                continue;
            }
            JsonNode series = entry.getValue();
            if (!isObject(series, path, "an indicator is an object with 'values' by year", errors)) {
                continue;
            }
            unknownKeys(series, path, INDICATOR_KEYS, "indicator field", errors);
            JsonNode values = series.get("values");
            if (values == null) {
                errors.add(SubmissionError.at(path + "/values", "missing_field", "'values' is required, e.g. {\"2019\": 12.5, \"2024\": 10.1}"));
                continue;
            }
            if (!isObject(values, path + "/values", "'values' is an object of figures keyed by year", errors)) {
                continue;
            }
            TreeMap<Integer, Double> byYear = new TreeMap<>();
            Indicator ind = indicator.get();
            for (Iterator<Map.Entry<String, JsonNode>> years = values.fields(); years.hasNext(); ) {
                Map.Entry<String, JsonNode> y = years.next();
                String yearPath = path + "/values/" + Pointer.escape(y.getKey());
                Integer year = y.getKey().matches("\\d{4}") ? Integer.valueOf(y.getKey()) : null;
                if (year == null || !Years.reportable(year)) {
                    errors.add(SubmissionError.at(yearPath, "year_out_of_range", "indicator years are four-digit years within "
                            + Years.reportableRange() + ", found '" + y.getKey() + "'"));
                    continue;
                }
                number(y.getValue(), yearPath, "indicator '" + ind.code() + "'", false, ind.min(), ind.max(), ind.unit(), errors)
                        .ifPresent(v -> byYear.put(year, v));
            }
            out.put(ind.code(), new IndicatorSeries(ind.code(), byYear, source(series.get("source"), path + "/source", errors),
                    text(series.get("note"), path + "/note", "'note'", errors)));
        }
        return out;
    }

    private Source source(JsonNode node, String path, List<SubmissionError> errors) {
        if (node == null || !isObject(node, path, "'source' is an object with document, law and/or url", errors)) {
            return null;
        }
        unknownKeys(node, path, SOURCE_KEYS, "source field", errors);
        String document = text(node.get("document"), path + "/document", "'document'", errors);
        String law = text(node.get("law"), path + "/law", "'law'", errors);
        String url = text(node.get("url"), path + "/url", "'url'", errors);
        if (document == null && law == null && url == null) {
            errors.add(SubmissionError.at(path, "missing_field", "a source names at least one of document, law or url"));
        }
        if (url != null && !webAddress(url)) {
            errors.add(SubmissionError.at(path + "/url", "invalid_url", "'" + url + "' is not an http or https address"));
        }
        return new Source(document, law, url);
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<String> token(JsonNode node, String path, String what, List<String> allowed, List<SubmissionError> errors) {
        List<String> accepted = new ArrayList<>(allowed);
        accepted.add(Answer.NOT_KNOWN);
        if (!node.isTextual()) {
            errors.add(SubmissionError.at(path, "wrong_type", what + " takes one of " + String.join(", ", accepted)
                    + " (a string), found " + kind(node)));
            return Optional.empty();
        }
        if (!accepted.contains(node.asText())) {
            errors.add(SubmissionError.at(path, "choice_not_allowed", what + " takes one of " + String.join(", ", accepted)
                    + ", found '" + node.asText() + "'"));
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    private static Optional<Double> number(JsonNode node, String path, String what, boolean whole, double min, double max,
                                           String unit, List<SubmissionError> errors) {
        if (!node.isNumber() || (whole && !node.isIntegralNumber())) {
            errors.add(SubmissionError.at(path, "wrong_type", what + " takes " + (whole ? "a whole number" : "a number")
                    + " (" + unit + ") or \"" + Answer.NOT_KNOWN + "\", found " + kind(node)));
            return Optional.empty();
        }
        double value = node.asDouble();
        if (value < min || value > max || Double.isNaN(value)) {
            errors.add(SubmissionError.at(path, "out_of_range", what + " takes " + format(min) + " to " + format(max)
                    + " (" + unit + "), found " + node.asText()));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static String text(JsonNode node, String path, String what, List<SubmissionError> errors) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            errors.add(SubmissionError.at(path, "wrong_type", what + " takes non-empty text, found " + kind(node)));
            return null;
        }
        if (node.asText().length() > MAX_TEXT) {
            errors.add(SubmissionError.at(path, "out_of_range", what + " is " + node.asText().length()
                    + " characters; the limit is " + MAX_TEXT));
            return null;
        }
        return node.asText();
    }

    private static boolean isObject(JsonNode node, String path, String expected, List<SubmissionError> errors) {
        if (!node.isObject()) {
            errors.add(SubmissionError.at(path, "wrong_type", expected + ", found " + kind(node)));
            return false;
        }
        return true;
    }

    private static void unknownKeys(JsonNode node, String path, Set<String> allowed, String kind, List<SubmissionError> errors) {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                errors.add(SubmissionError.at(path + "/" + Pointer.escape(name), "unknown_field", "unknown " + kind + " '"
                        + name + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        });
    }

    private static String unit(Item item) {
        return item.type() == ItemType.YEAR ? "a year" : item.unit();
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "the string \"" + abbreviate(node.asText()) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        return node.isNull() ? "null" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String describe(JsonNode node) {
        return node.isTextual() ? "'" + abbreviate(node.asText()) + "'" : kind(node);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static String format(double n) {
        return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
    }

    /** "; did you mean X?" for a near miss (a typo of a code), else nothing. */
    static String suggestion(String given, List<String> known) {
        Predicate<String> near = k -> Levenshtein.distance(given.toUpperCase(java.util.Locale.ROOT),
                k.toUpperCase(java.util.Locale.ROOT)) <= Math.max(2, k.length() / 6);
        return known.stream().filter(near).findFirst().map(k -> "; did you mean '" + k + "'?").orElse("");
    }
}
