package org.gapcheck.core;

import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Regions;
import org.gapcheck.engine.Evaluator;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.pack.PackManifest;
import org.gapcheck.questionnaire.Questionnaire;

/** A loaded, checked rule pack and where it came from; shared read-only by the CLI and the service. */
public record RulePack(Catalogue catalogue, Questionnaire questionnaire, RuleBase ruleBase, Evaluator evaluator,
                       Regions regions, org.gapcheck.priorities.Themes themes, String origin, long loadMillis) {

    /**
     * A submission reader for this pack: it knows the questionnaire, the criteria a State may record a
     * reservation on, and the region of every country the pack places in a UN regional group.
     */
    public org.gapcheck.submission.SubmissionReader reader() {
        java.util.Map<String, String> reservable = new java.util.LinkedHashMap<>();
        ruleBase.criteria().stream().filter(c -> c.qualifier() != null).forEach(c -> reservable.put(c.id(), c.qualifier()));
        java.util.Map<String, String> regionOf = new java.util.HashMap<>();
        regions.countries().stream().filter(c -> !"none".equals(c.unGroup())).forEach(c -> regionOf.put(c.code(), c.unGroup()));
        return new org.gapcheck.submission.SubmissionReader(questionnaire, reservable, regionOf);
    }

    public PackManifest manifest() {
        return catalogue.pack();
    }

    /** One line for logs: name, version, size, origin. */
    public String summary() {
        return manifest().label() + " (" + catalogue.recommendations().size() + " recommendations, "
                + catalogue.challenges().size() + " challenges, " + questionnaire.items().size() + " questionnaire items, " + ruleBase.criteria().size() + " criteria) from " + origin
                + ", loaded and built in " + loadMillis + " ms";
    }
}
