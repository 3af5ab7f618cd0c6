package org.gapcheck.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The traffic light of a chapter or challenge, as SDG dashboards show goals: four colours by
 * score, and no colour where the data are too thin to score.
 */
public enum Rating {
    @JsonProperty("green") GREEN,
    @JsonProperty("yellow") YELLOW,
    @JsonProperty("orange") ORANGE,
    @JsonProperty("red") RED,
    @JsonProperty("insufficient_data") INSUFFICIENT_DATA;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
