package org.gapcheck.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A 2017 recommendation of a subsidiary body, and the UNGASS recommendations it elaborates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionalRecommendation(String id, String body, String topic, String letter, String text,
                                     String source, Integer seedLine, List<String> elaborates) {
}
