package org.gapcheck.catalogue;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

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
                             Integer seedLine, Addressee addressee,
                             // Absent where there is none: the OpenAPI document must not require them.
                             @Schema(requiredMode = NOT_REQUIRED) String addresseeReason,
                             @Schema(requiredMode = NOT_REQUIRED) java.util.List<String> qualifiers,
                             @Schema(requiredMode = NOT_REQUIRED) String scopeNote) {

    Recommendation inChapter(int number) {
        return new Recommendation(id, number, subheading, text, source, seedLine, addressee, addresseeReason, qualifiers, scopeNote);
    }

    public boolean forMemberStates() {
        return addressee == Addressee.MEMBER_STATES;
    }
}
