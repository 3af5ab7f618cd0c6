package org.gapcheck.basis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A national measure that speakers at the Commission's thematic discussions named as good
 * practice, reported or recommended ({@code rules/good-practices.json}, copied from the project's
 * shared reading of seeds 001 and 004): the quote is verbatim at {@code ref}.
 */
public record GoodPractice(String id, String file, String ref, @JsonProperty("section_004") String section004,
                           Integer paragraph, Integer year, String measure, String quote, Integer ungassChapter,
                           List<String> ungassRecs, String basis, String discussedUnder, String challengeId) {

    public List<String> recommendations() {
        return ungassRecs == null ? List.of() : ungassRecs;
    }
}
