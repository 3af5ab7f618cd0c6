package org.gapcheck.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.gapcheck.report.GroupSummary;
import org.gapcheck.summary.SummaryReport.Change;

/** How scores moved for every country that reported two years or more, first year to last, and on average across them. */
final class Trends {

    private Trends() {
    }

    static SummaryReport.Trend of(List<ScoredSubmission> all) {
        Map<String, List<ScoredSubmission>> byCountry = new TreeMap<>();
        all.forEach(e -> byCountry.computeIfAbsent(e.submission().country(), k -> new ArrayList<>()).add(e));
        List<SummaryReport.CountryTrend> countries = new ArrayList<>();
        for (List<ScoredSubmission> years : byCountry.values()) {
            if (years.size() < 2) {
                continue;
            }
            years.sort(Comparator.comparingInt(e -> e.submission().reportingYear()));
            ScoredSubmission from = years.get(0);
            ScoredSubmission to = years.get(years.size() - 1);
            countries.add(new SummaryReport.CountryTrend(from.submission().country(), from.submission().reportingYear(),
                    to.submission().reportingYear(), changes(from.chapters(), to.chapters()), changes(from.challenges(), to.challenges())));
        }
        if (countries.isEmpty()) {
            return new SummaryReport.Trend("A trend needs two years of the same country; no country in this set has two.",
                    List.of(), List.of(), List.of());
        }
        return new SummaryReport.Trend(null, countries, aggregate(countries, SummaryReport.CountryTrend::chapters),
                aggregate(countries, SummaryReport.CountryTrend::challenges));
    }

    private static List<Change> changes(List<GroupSummary> before, List<GroupSummary> after) {
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Double b = before.get(i).score();
            Double a = after.get(i).score();
            out.add(new Change(SummaryBuilder.key(after.get(i)), b, a, a == null || b == null ? null : SummaryBuilder.round(a - b), null));
        }
        return out;
    }

    private static List<Change> aggregate(List<SummaryReport.CountryTrend> countries, Function<SummaryReport.CountryTrend, List<Change>> of) {
        List<Change> out = new ArrayList<>();
        int n = of.apply(countries.get(0)).size();
        for (int i = 0; i < n; i++) {
            int index = i;
            List<Change> cs = countries.stream().map(c -> of.apply(c).get(index)).filter(c -> c.delta() != null).toList();
            String id = of.apply(countries.get(0)).get(i).id();
            out.add(cs.isEmpty() ? new Change(id, null, null, null, 0) : new Change(id,
                    SummaryBuilder.round(cs.stream().mapToDouble(Change::before).average().orElse(0)),
                    SummaryBuilder.round(cs.stream().mapToDouble(Change::after).average().orElse(0)),
                    SummaryBuilder.round(cs.stream().mapToDouble(Change::delta).average().orElse(0)), cs.size()));
        }
        return out;
    }
}
