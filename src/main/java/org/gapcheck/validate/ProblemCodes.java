package org.gapcheck.validate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every stable code a pack problem or a validate finding carries, with what it means: what SARIF
 * rules describe and the README's table lists (a test keeps the three agreeing). Codes are
 * {@code family/name}; a family ending in {@code /*} stands for codes made from another list
 * (a submission's error codes, a reading rule's check).
 */
public final class ProblemCodes {

    private static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        // Budgets (pack.Limits): validate exits 2 past any of them.
        code("limit/file-size", "a pack or fixture file is larger than the byte limit; refused before it is read");
        code("limit/yaml-string", "a YAML or JSON string is longer than the limit");
        code("limit/yaml-document", "a YAML document holds more code points than the limit");
        code("limit/yaml-depth", "YAML collections are nested deeper than the limit");
        code("limit/yaml-aliases", "a YAML document uses more aliases than the limit");
        code("limit/requirement-depth", "a requirement nests parentheses deeper than the limit");
        code("limit/requirement-terms", "a requirement has more comparisons than the limit");
        code("limit/drl-depth", "a DRL file nests brackets deeper than the limit");
        code("limit/drl-stack", "a DRL file exhausted the parser's stack");
        code("limit/time", "the validation ran past its time budget and stopped");
        // Files and YAML
        code("file/missing", "a file the pack needs is missing");
        code("file/empty", "a file is empty");
        code("file/encoding", "a file is not UTF-8 text");
        code("file/unreadable", "a file cannot be read");
        code("file/not-a-directory", "the pack folder is not a directory");
        code("yaml/syntax", "a YAML file does not parse");
        code("yaml/duplicate-key", "a key appears twice in one mapping");
        code("yaml/unknown-key", "a key the file format does not know (a typo?)");
        code("yaml/type", "a value of the wrong type");
        code("field/missing", "a required field is missing or blank");
        code("id/duplicate", "an id is used twice");
        code("text/artefact", "a text carries a conversion artefact or ends mid-sentence");
        // The catalogue
        code("manifest/bad-version", "pack.yaml's version is not semantic");
        code("manifest/bad-date", "pack.yaml's effective date is not a date");
        code("manifest/no-sources", "pack.yaml does not say what it encodes");
        code("catalogue/empty", "a catalogue file holds no entries");
        code("chapter/out-of-sequence", "chapters are not numbered 1, 2, 3, ... in order");
        code("chapter/wrong-file", "an entry's chapter contradicts its file");
        code("recommendation/bad-id", "a recommendation id is malformed or out of sequence");
        code("recommendation/bad-addressee", "an addressee field does not fit the addressee");
        code("recommendation/bad-qualifier", "a qualifier is empty, repeated, not verbatim, or on the wrong recommendation");
        code("recommendation/bad-scope-note", "a scope note stands on a recommendation that takes none");
        code("challenge/bad-id", "a challenge id does not look like C01");
        code("challenge/no-recommendation", "no recommendation addresses a challenge");
        code("challenge/unknown-recommendation", "a challenge links an unknown recommendation");
        code("challenge/bad-grade", "a challenge link's grade is neither direct nor supporting");
        code("challenge/linked-and-unlinked", "a recommendation is both linked and declared unlinked");
        code("challenge/unlinked-recommendation", "a member-state recommendation serves no challenge and says not why");
        code("regional/unknown-body", "a regional recommendation names an unknown body");
        code("regional/no-recommendation", "a regional recommendation elaborates no UNGASS recommendation");
        code("regional/unknown-recommendation", "a regional recommendation elaborates an unknown recommendation");
        code("references/empty", "a reference document has no entries");
        // The questionnaire
        code("questionnaire/bad-token", "the questionnaire's not-known token is malformed");
        code("questionnaire/empty", "the questionnaire has no sections, regions or items");
        code("questionnaire/bad-id", "a region id is malformed");
        code("item/bad-code", "an item code is malformed or outside its section");
        code("item/unknown-section", "an item names an unknown section");
        code("item/no-recommendation", "an item informs no recommendation");
        code("item/unknown-recommendation", "an item informs an unknown recommendation");
        code("item/international-recommendation", "an item informs a recommendation addressed to international bodies");
        code("item/wrong-chapter", "an item stands in another chapter's file than its first recommendation");
        code("item/bad-range", "an item's unit, minimum or maximum is wrong");
        code("item/bad-choices", "an item's choices are wrong");
        code("item/bad-better", "an item's 'better' direction is wrong");
        code("profile/bad-code", "a profile field code is malformed");
        code("profile/bad-type", "a profile field is neither yes_no nor choice");
        code("indicator/bad-code", "an indicator code does not start with IND.");
        code("indicator/bad-better", "an indicator's 'better' is not higher, lower or context");
        code("indicator/no-challenge", "an indicator names no challenge");
        code("indicator/unknown-challenge", "an indicator names an unknown challenge");
        // Questionnaire changes (questionnaire/changes.yaml): how stored answers are read under a later questionnaire
        code("changes/bad-version", "a questionnaire change names no pack version (MAJOR.MINOR.PATCH)");
        code("changes/order", "questionnaire changes are not listed oldest first, one per version");
        code("changes/after-pack", "a questionnaire change names a version later than the pack's own");
        code("changes/empty", "a questionnaire change renames and removes nothing");
        code("changes/still-asked", "a code renamed or removed is still asked by the questionnaire");
        code("changes/unknown-target", "an item is renamed to a code the questionnaire does not ask");
        code("changes/code-reused", "a code that left the questionnaire comes back, or leaves twice");
        // Standards, thresholds, regions
        code("standard/bad-id", "a standard id is not a lower-case token");
        code("threshold/bad-id", "a threshold id is not a lower-case token");
        code("threshold/bad-relative-to", "a threshold is relative to something other than the reporting year");
        code("threshold/no-source", "a threshold names neither its standard nor why it is the pack's own choice");
        // Themes (themes.yaml): what priorities are made of
        code("themes/unknown-owner", "a theme names an owner the file does not list");
        code("themes/bad-standard", "a theme's standard is not a published threshold, a known standard or \"text\"");
        code("themes/unknown-criterion", "a theme lists a criterion the pack has no rule for");
        code("themes/criterion-twice", "a criterion is listed in two themes");
        code("themes/unassigned", "a criterion that can be GAP belongs to no theme");
        code("regions/unknown-group", "a country names an unknown UN group or HONLEA region");
        // DRL and criteria
        code("drl/syntax", "a DRL file does not parse");
        code("drl/compile", "a DRL file does not compile (KIE modes)");
        code("drl/duplicate-rule", "two rules share a name");
        code("drl/unknown-rule-kind", "a rule is neither a criterion nor an applicability rule");
        code("criterion/bad-name", "a criterion rule's name is not '<recommendation>.<name>: <what it checks>'");
        code("criterion/wrong-recommendation", "a criterion id's recommendation differs from @recommendation");
        code("criterion/no-title", "a criterion rule's name says not what it checks");
        code("criterion/own-conditions", "a criterion's body is not 'when Answers() then outcomes.judge(kcontext);'");
        code("criterion/unknown-recommendation", "@recommendation names an unknown recommendation");
        code("criterion/international-recommendation", "@recommendation names a recommendation addressed to international bodies");
        code("criterion/missing-cites", "@cites is missing");
        code("criterion/cites-not-verbatim", "@cites is not a verbatim excerpt of the recommendation");
        code("criterion/missing-closes", "@closes is missing");
        code("criterion/not-applicable-pair", "@not_applicable_if and @not_applicable_reason do not come together");
        code("criterion/missing-met", "@met is missing");
        code("criterion/bad-weight", "@weight is not a whole number from 1 to 5");
        code("criterion/unknown-challenge", "@challenges names an unknown challenge");
        code("criterion/unknown-metadata", "a criterion carries metadata the format does not know");
        code("criterion/bad-basis", "@basis is malformed, names an unknown standard or good practice, or one of another recommendation");
        code("criterion/bad-role", "@role is neither operative nor element");
        code("criterion/unknown-qualifier", "@qualifier is not one of the recommendation's qualifiers");
        code("criterion/duplicate-id", "two criteria share an id");
        code("requirement/syntax", "a requirement does not parse");
        code("requirement/unknown-item", "a requirement names an unknown item");
        code("requirement/unknown-threshold", "a requirement names an unknown threshold");
        code("requirement/wrong-value", "a requirement compares an item with a value or operator its type does not take");
        code("applicability/no-targets", "an applicability rule excludes nothing");
        code("applicability/unknown-recommendation", "an applicability rule excludes an unknown recommendation");
        code("applicability/unknown-criterion", "an applicability rule excludes an unknown criterion");
        code("applicability/missing-reason", "an applicability rule says not why");
        code("applicability/bad-body", "an applicability rule tests more than the profile");
        // validate's checks
        code("review-pending/duplicate", "review-pending.yaml lists a criterion twice");
        code("review-pending/unknown-criterion", "review-pending.yaml names no criterion of the pack");
        code("case/incomplete", "a rule case lacks a name or expectations");
        code("case/invalid-answers", "a rule case's answers are not a valid submission");
        code("case/unknown-criterion", "a rule case expects a status of an unknown criterion");
        code("case/unknown-recommendation", "a rule case expects a status of an unknown recommendation");
        code("case/failed", "a rule case's expected status differs from the evaluated one");
        code("coverage/no-criterion", "no criterion encodes a member-state recommendation");
        code("coverage/no-met-case", "no passing case shows a recommendation MET");
        code("coverage/no-gap-case", "no passing case shows a recommendation GAP or PARTIAL");
        code("fixture/not-a-directory", "the fixtures folder is not a directory");
        code("fixture/status", "a fixture's expected status differs from the evaluated one");
        code("fixture/unknown-recommendation", "a fixture expects a status of an unknown recommendation");
        code("submission/*", "a fixture's submission is invalid (the code after 'submission/' is the submission error's)");
        code("criterion/never-judged", "no case or fixture judges a criterion");
        code("verifier/identical-conditions", "two criteria of one recommendation have the same conditions");
        code("verifier/never-met", "no answer can meet a criterion");
        code("verifier/never-fails", "no answer makes a criterion a gap");
        code("verifier/unread-item", "no criterion reads an item");
        code("reading/*", "a reading rule of rules/REVIEW.md is broken (basis, role, consider, own-figure, operative-figure, monotonic,"
                + " better-direction, item-links)");
    }

    private ProblemCodes() {
    }

    private static void code(String code, String description) {
        if (CODES.put(code, description) != null) {
            throw new IllegalStateException("code listed twice: " + code);
        }
    }

    /** Every code (families as {@code name/*}) with its description, in the README's order. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(CODES);
    }

    /** A code's description; a code of a family ({@code submission/malformed_json}) has the family's. */
    public static String describe(String code) {
        String exact = CODES.get(code);
        if (exact != null) {
            return exact;
        }
        int slash = code.indexOf('/');
        return slash < 0 ? code : CODES.getOrDefault(code.substring(0, slash) + "/*", code);
    }
}
