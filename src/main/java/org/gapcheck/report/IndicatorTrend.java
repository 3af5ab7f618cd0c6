package org.gapcheck.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.SortedMap;

/** A situation indicator as reported, with its direction between the first and the last year given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorTrend(String code, String name, String unit, SortedMap<Integer, Double> values, String better,
                             String direction) {

    /** The values as a reader scans them: "2019: 45 -> 2024: 36". */
    @JsonIgnore
    public String display() {
        if (values.isEmpty()) {
            return "not reported";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH);
        format.setMaximumFractionDigits(2);
        return String.join(" -> ", values.entrySet().stream().map(e -> e.getKey() + ": " + format.format(e.getValue())).toList());
    }

    /** "improved", "worsened", "unchanged", or null with fewer than two years or no direction of improvement. */
    static String direction(SortedMap<Integer, Double> values, String better) {
        if (values.size() < 2 || !("higher".equals(better) || "lower".equals(better))) {
            return values.size() < 2 ? null : "changed";
        }
        double first = values.get(values.firstKey());
        double last = values.get(values.lastKey());
        if (first == last) {
            return "unchanged";
        }
        boolean rose = last > first;
        return rose == "higher".equals(better) ? "improved" : "worsened";
    }
}
