package org.gapcheck.engine;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A figure a criterion compares an answer with, and where it comes from: a named public standard,
 * or the pack's own choice with the reason. Policy experts change figures here, not in DRL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Threshold(String id, Double value, String unit, String standard, String ownChoice) {
}
