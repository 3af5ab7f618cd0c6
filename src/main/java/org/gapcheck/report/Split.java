package org.gapcheck.report;

import java.util.Set;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.ItemRead;

/**
 * The policy and implementation scores of a group: the weighted credit of its judged criteria that
 * read only policy (or context) items, and of those that read any implementation item.
 */
final class Split {

    private final Set<String> implementationItems;
    private double policyWeight;
    private double policyCredit;
    private double implementationWeight;
    private double implementationCredit;

    Split(Set<String> implementationItems) {
        this.implementationItems = implementationItems;
    }

    /** Counts a criterion with its weight in the group, if it was judged. */
    void add(CriterionResult c, double weight) {
        if (!c.status().judged()) {
            return;
        }
        boolean implementation = c.read().stream().map(ItemRead::item).anyMatch(implementationItems::contains);
        if (implementation) {
            implementationWeight += weight;
            implementationCredit += weight * c.status().credit();
        } else {
            policyWeight += weight;
            policyCredit += weight * c.status().credit();
        }
    }

    /** 0-100, or null when no policy criterion was judged. */
    Double policy() {
        return policyWeight == 0 ? null : Scoring.round(100 * policyCredit / policyWeight);
    }

    /** 0-100, or null when no implementation criterion was judged. */
    Double implementation() {
        return implementationWeight == 0 ? null : Scoring.round(100 * implementationCredit / implementationWeight);
    }
}
