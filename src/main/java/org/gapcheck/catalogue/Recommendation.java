package org.gapcheck.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An operational recommendation of the 2016 outcome document, with the id the document letters it
 * by ("1(a)"). {@code chapter} is taken from the file it stands in. {@code qualifiers} are the
 * text's own phrases that leave a measure to the State ("as appropriate", "in accordance with
 * national legislation"): a criterion under one of them may carry a State's reservation.
 * {@code scopeNote}, for a recommendation that also addresses others (the Commission, international
 * organizations), says which clauses a State is assessed on and why the rest is not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recommendation(String id, Integer chapter, String subheading, String text, String source,
                             Integer seedLine, Addressee addressee, String addresseeReason,
                             java.util.List<String> qualifiers, String scopeNote) {

    Recommendation inChapter(int number) {
        return new Recommendation(id, number, subheading, text, source, seedLine, addressee, addresseeReason, qualifiers, scopeNote);
    }

    public boolean forMemberStates() {
        return addressee == Addressee.MEMBER_STATES;
    }
}
