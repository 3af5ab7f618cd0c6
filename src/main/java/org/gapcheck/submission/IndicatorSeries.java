package org.gapcheck.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.SortedMap;

/** A situation indicator's values by year (for example 2019 and 2024), with their source. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorSeries(String indicator, SortedMap<Integer, Double> values, Source source, String note) {
}
