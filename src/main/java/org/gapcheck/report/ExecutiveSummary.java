package org.gapcheck.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Status;
import org.gapcheck.priorities.Priority;
import org.gapcheck.text.Numbers;

/** The report's first words: the headline counts and one paragraph in plain words that every format prints. */
final class ExecutiveSummary {

    private ExecutiveSummary() {
    }

    static Headline headline(List<Finding> findings) {
        int gaps = 0;
        int partial = 0;
        int met = 0;
        int judged = 0;
        int notReported = 0;
        int gapRecommendations = 0;
        int partialRecommendations = 0;
        for (Finding f : findings) {
            boolean anyGap = false;
            boolean anyPartial = false;
            for (CriterionResult c : f.criteria()) {
                switch (c.status()) {
                    case GAP -> { gaps++; anyGap = true; }
                    case PARTIAL -> { partial++; anyPartial = true; }
                    case MET -> met++;
                    case NOT_REPORTED -> notReported++;
                    default -> { }
                }
                judged += c.status().judged() ? 1 : 0;
            }
            gapRecommendations += anyGap ? 1 : 0;
            partialRecommendations += anyPartial ? 1 : 0;
        }
        return new Headline(gaps, gapRecommendations, partial, partialRecommendations, met, judged, notReported);
    }

    static String paragraph(String who, int year, Map<Status, Long> counts, Headline h, List<GroupSummary> chapters,
                            List<Priority> priorities, Progress progress) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long unjudged = counts.get(Status.NOT_REPORTED) + counts.get(Status.NOT_APPLICABLE) + counts.get(Status.NOT_ASSESSED);
        StringBuilder s = new StringBuilder();
        s.append(who).append(" reported for ").append(year).append(". Of the ").append(total).append(" recommendations, ")
                .append(counts.get(Status.MET)).append(" are met, ").append(counts.get(Status.PARTIAL)).append(" partly met and ")
                .append(counts.get(Status.GAP)).append(" not met");
        s.append(unjudged == 0 ? "." : "; " + unjudged + " could not be judged (" + counts.get(Status.NOT_REPORTED) + " not reported, "
                + (unjudged - counts.get(Status.NOT_REPORTED)) + " not applicable or not assessed).");
        s.append(" Of the ").append(h.judged()).append(" criteria judged, ").append(h.gaps() == 1 ? "1 specific gap lies" : h.gaps() + " specific gaps lie")
                .append(" across ").append(plural(h.gapRecommendations(), "recommendation", "recommendations"))
                .append(", and ").append(h.partial()).append(h.partial() == 1 ? " criterion is" : " criteria are").append(" partly met.");
        List<GroupSummary> scored = chapters.stream().filter(c -> c.score() != null).toList();
        if (scored.size() > 1) {
            GroupSummary best = scored.stream().max(Comparator.comparingDouble(GroupSummary::score)).orElseThrow();
            GroupSummary worst = scored.stream().min(Comparator.comparingDouble(GroupSummary::score)).orElseThrow();
            s.append(" The strongest chapter is chapter ").append(best.chapter()).append(" (score ").append(Numbers.plain(best.score()))
                    .append(" of 100), the weakest chapter ").append(worst.chapter()).append(" (").append(Numbers.plain(worst.score())).append(").");
        }
        if (progress != null) {
            long up = progress.movements().stream().filter(m -> m.kind().equals(Progress.IMPROVED) || m.kind().equals(Progress.INTRODUCED)).count();
            long down = progress.movements().stream().filter(m -> m.kind().equals(Progress.REGRESSED) || m.kind().equals(Progress.WORSENED)).count();
            s.append(" Since ").append(progress.previousYear()).append(", ").append(plural((int) up, "answer", "answers"))
                    .append(" improved or introduced a measure, and ").append(down).append(" went backwards.");
        }
        Optional<Priority> first = priorities.stream().findFirst();
        first.ifPresent(p -> s.append(" The first priority is ").append(lower(p.title())).append(": now ").append(p.now())
                .append("; asked ").append(p.asked()).append("."));
        return s.toString();
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String lower(String title) {
        // "Opioid agonist therapy" reads "opioid agonist therapy" mid-sentence; "HIV testing" stays as it is.
        boolean word = title.length() > 1 && Character.isLowerCase(title.charAt(1));
        return word ? Character.toLowerCase(title.charAt(0)) + title.substring(1) : title;
    }
}
