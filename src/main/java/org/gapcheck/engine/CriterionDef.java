package org.gapcheck.engine;

import java.util.List;

/**
 * A criterion as its DRL rule declares it: the rule's name starts with the criterion id
 * ({@code 1(m).naloxone_take_home}), and its metadata carry the rest.
 *
 * @param cites   the words of the recommendation the criterion tests (a verbatim excerpt)
 * @param met     what must hold for MET
 * @param partial what must hold for PARTIAL, or null when the criterion knows no half measure
 * @param closes  what would close the gap, in words a delegate can act on
 * @param source  the paragraph the criterion encodes (its recommendation's source)
 */
public record CriterionDef(String id, String recommendation, String title, String cites, Requirement met,
                           Requirement partial, String closes, int weight, List<String> challenges,
                           String source, String file, int line) {

    /** Where the rule is written, as file:line. */
    public String rule() {
        return file + ":" + line;
    }
}
