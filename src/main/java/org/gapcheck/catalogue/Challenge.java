package org.gapcheck.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A challenge named in the stocktaking paragraph of the 2019 Ministerial Declaration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Challenge(String id, String title, String text, Boolean crossCutting, String source,
                        String discussed, List<ChallengeLink> recommendations) {
}
