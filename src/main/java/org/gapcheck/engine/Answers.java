package org.gapcheck.engine;

import java.util.Map;
import org.gapcheck.submission.Answer;

/** The fact criteria rules match: the submission's answers by item code. */
public final class Answers {

    private final Map<String, Answer> byItem;

    public Answers(Map<String, Answer> byItem) {
        this.byItem = byItem;
    }

    /** The answer to an item, or null when the item was not answered. */
    public Answer get(String item) {
        return byItem.get(item);
    }
}
