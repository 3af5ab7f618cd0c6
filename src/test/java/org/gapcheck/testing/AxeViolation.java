package org.gapcheck.testing;

import java.util.List;

/** One axe-core rule a page breaks: its id, impact, what it asks, and the selectors of the elements that break it (one more a frame). */
public record AxeViolation(String id, String impact, String help, String helpUrl, List<String> targets) {

    private static final int TARGETS_SHOWN = 5;

    /** "color-contrast (serious): Elements must meet minimum color contrast ratio thresholds; 12 elements: .note, ..." */
    public String describe() {
        String shown = String.join(", ", targets.subList(0, Math.min(TARGETS_SHOWN, targets.size())));
        String more = targets.size() > TARGETS_SHOWN ? ", and " + (targets.size() - TARGETS_SHOWN) + " more" : "";
        return id + " (" + impact + "): " + help + "; " + targets.size() + (targets.size() == 1 ? " element: " : " elements: ")
                + shown + more + " <" + helpUrl + ">";
    }
}
