package org.gapcheck.questionnaire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an item tells: that a policy, law or programme exists, or that it is implemented at scale
 * (the FATF split between technical compliance and effectiveness), or context for reading both.
 */
public enum Aspect {
    @JsonProperty("policy") POLICY,
    @JsonProperty("implementation") IMPLEMENTATION,
    @JsonProperty("context") CONTEXT
}
