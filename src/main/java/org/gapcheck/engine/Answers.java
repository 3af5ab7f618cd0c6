package org.gapcheck.engine;

import java.util.Map;
import java.util.function.Function;
import org.gapcheck.submission.Answer;

/** The fact criteria rules match: the submission's answers by item code. */
public final class Answers implements Function<String, Answer> {

    private final Map<String, Answer> byItem;

    public Answers(Map<String, Answer> byItem) {
        this.byItem = byItem;
    }

    /** The answer to an item, or null when the item was not answered. */
    public Answer get(String item) {
        return byItem.get(item);
    }

    @Override
    public Answer apply(String item) {
        return byItem.get(item);
    }
}
