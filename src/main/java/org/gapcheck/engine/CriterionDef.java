package org.gapcheck.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gapcheck.submission.Answer;

/**
 * A criterion as its DRL rule declares it: the rule's name starts with the criterion id
 * ({@code 1(m).naloxone_take_home}), and its metadata carry the rest. What every explanation of it
 * repeats (where it is written, its requirements in words and as data) is worked out once, here.
 *
 * @param cites          the words of the recommendation the criterion tests (a verbatim excerpt)
 * @param met            what must hold for MET
 * @param partial        what must hold for PARTIAL, or null when the criterion knows no half measure
 * @param closes         what would close the gap, in words a delegate can act on
 * @param source         the paragraph the criterion encodes (its recommendation's source)
 * @param location       where the rule is written, as rules/drl/file:line
 * @param needs          the requirements in words, as explanations quote them
 * @param metMachine     {@code met} in machine-readable form
 * @param partialMachine {@code partial} in machine-readable form, or null
 * @param items          every item the requirements read, in the order they name them
 * @param basis          what it rests on (rules/REVIEW.md), or null where the pack has not said yet
 * @param role           {@code operative} (the text's obligation) or {@code element} (an example it names), or null
 * @param qualifier      the recommendation's qualifier it stands under, such as "as appropriate", or null
 * @param notApplicableIf an answer that makes the criterion impossible to meet (no meeting was held), or null
 * @param notApplicableReason why that answer rules the criterion out, as reports show it
 */
public record CriterionDef(String id, String recommendation, String title, String cites, Requirement met,
                           Requirement partial, String closes, int weight, List<String> challenges,
                           String source, String file, int line, String location, String needs,
                           Map<String, Object> metMachine, Map<String, Object> partialMachine, List<String> items,
                           org.gapcheck.basis.Basis basis, String role, String qualifier, Requirement notApplicableIf,
                           String notApplicableReason) {

    public static final String OPERATIVE = "operative";
    public static final String ELEMENT = "element";

    static CriterionDef of(String id, String recommendation, String title, String cites, Requirement met,
                           Requirement partial, String closes, int weight, List<String> challenges,
                           String source, String file, int line, org.gapcheck.basis.Basis basis, String role,
                           String qualifier, Requirement notApplicableIf, String notApplicableReason) {
        String location = file.replaceFirst("^.*?(drl/)", "rules/$1") + ":" + line;
        String needs = "requires " + met.text() + (partial == null ? "" : "; partly met by " + partial.text());
        java.util.Set<String> items = new java.util.LinkedHashSet<>(met.items());
        if (partial != null) {
            items.addAll(partial.items());
        }
        if (notApplicableIf != null) {
            items.addAll(notApplicableIf.items());
        }
        return new CriterionDef(id, recommendation, title, cites, met, partial, closes, weight, challenges, source, file,
                line, location, needs, met.machine(), partial == null ? null : partial.machine(), List.copyOf(items), basis, role, qualifier,
                notApplicableIf, notApplicableReason);
    }

    /**
     * The criterion's status over some answers, by its requirements alone (whatever rules it out
     * aside): what sessions conclude, and what what-ifs, tests and the validator use outside one.
     */
    public Status status(Function<String, Answer> answers) {
        return Status.of(met.test(answers), partial == null ? Tri.FALSE : partial.test(answers));
    }

    /** Whether the criterion reads any of these items. */
    public boolean reads(java.util.Set<String> items) {
        for (String item : this.items) {
            if (items.contains(item)) {
                return true;
            }
        }
        return false;
    }

    /** Where the rule is written, as file:line. */
    public String rule() {
        return file + ":" + line;
    }
}
