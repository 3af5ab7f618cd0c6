package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gapcheck.http.Problem;
import org.gapcheck.http.Refusal;

/**
 * Optimistic locking per item: a save that changes an item someone else changed after the draft
 * version the saver read is refused, naming the item, the value now stored and the value sent, so
 * that the saver decides; saves of different items never conflict.
 */
final class Conflicts {

    private Conflicts() {
    }

    static void refuse(List<String> changed, Drafts.Draft draft, Map<String, JsonNode> patched, long base) {
        List<Problem.Error> errors = new ArrayList<>();
        for (String item : changed) {
            Long last = draft.changedAt().get(item);
            if (last != null && last > base) {
                JsonNode stored = draft.items().get(item);
                errors.add(new Problem.Error(item, "changed_since_read", "changed since draft version " + base + " (by change " + last
                        + "): now " + (stored == null ? "cleared" : stored.toString()) + ", yours " + patched.get(item)));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.withErrors(412, "submission/conflict", "Changed since read", errors.size() + " item(s) of this save were"
                    + " changed by someone else after draft version " + base + "; nothing was saved. Each error names the value"
                    + " now stored and yours: read the draft again and save what should stand.", errors);
        }
    }
}
