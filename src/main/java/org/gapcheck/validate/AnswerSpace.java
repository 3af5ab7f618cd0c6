package org.gapcheck.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.Requirement;
import org.gapcheck.engine.Status;
import org.gapcheck.engine.Tri;
import org.gapcheck.pack.Budget;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.submission.Answer;
import org.gapcheck.submission.Source;

/**
 * Every combination of the answers that matter to a criterion, each item's answers laid out from
 * worst to best: each token (and, where the criterion asks whether it is documented, without
 * and with a source), or each figure's range ends and the figures it is compared with, either
 * side, with "never" first for a year. A combination is an index in mixed radix, so a better
 * answer to one item is a fixed step away. Choices are ordered by their rank; an unranked answer
 * only by its source. Validate's verifier and reading rules share one space per criterion.
 */
final class AnswerSpace {

    /** Above this many answer combinations a criterion is not enumerated, and says so. */
    static final int MAX_COMBINATIONS = 50_000;

    private final CriterionDef criterion;
    final List<String> items;
    final List<List<Answer>> domains;
    /** Per item: 2 when its answers come without and with a source (index = level * 2 + documented), else 1. */
    final int[] sources;
    /** Per item, per level (an answer without its source): its rank, higher better; -1 where the item declares no order. */
    final int[][] ranks;
    final int[] strides;
    final int size;
    private Status[] statuses;

    private final Budget budget;

    private AnswerSpace(CriterionDef criterion, List<List<Answer>> domains, int[] sources, int[][] ranks, Budget budget) {
        this.criterion = criterion;
        this.budget = budget;
        this.items = criterion.items();
        this.domains = domains;
        this.sources = sources;
        this.ranks = ranks;
        this.strides = new int[items.size()];
        int stride = 1;
        for (int i = 0; i < items.size(); i++) {
            strides[i] = stride;
            stride *= domains.get(i).size();
        }
        this.size = stride;
    }

    /** @param budget checked while the space is enumerated */
    static AnswerSpace of(RulePack pack, CriterionDef c, Budget budget) {
        List<List<Answer>> domains = new ArrayList<>();
        int[] sources = new int[c.items().size()];
        int[][] ranks = new int[sources.length][];
        long combinations = 1;
        for (int i = 0; i < sources.length; i++) {
            Item item = pack.questionnaire().item(c.items().get(i)).orElseThrow();
            boolean documented = readsDocumented(c.met(), item.code()) || (c.partial() != null && readsDocumented(c.partial(), item.code()));
            sources[i] = documented && !item.type().numeric() ? 2 : 1;
            List<Answer> domain = domain(item, c, documented);
            domains.add(domain);
            ranks[i] = new int[domain.size() / sources[i]];
            for (int level = 0; level < ranks[i].length; level++) {
                Answer a = domain.get(level * sources[i]);
                ranks[i][level] = item.type().numeric() ? ("context".equals(item.better()) ? -1 : level)
                        : a.token() == null ? -1 : order(item, a.token());
            }
            combinations *= domain.size();
            if (combinations > MAX_COMBINATIONS) {
                return null;
            }
        }
        return new AnswerSpace(c, domains, sources, ranks, budget);
    }

    /** The criterion's status for every combination, as the engine judges it (computed once). */
    Status[] statuses() {
        if (statuses == null) {
            statuses = new Status[size];
            for (int index = 0; index < size; index++) {
                if ((index & 1023) == 0) {
                    budget.check();
                }
                statuses[index] = status(criterion, answers(index));
            }
        }
        return statuses;
    }

    /** NOT_APPLICABLE where an answer rules the criterion out, else MET, PARTIAL, GAP or NOT_REPORTED (Status.of). */
    static Status status(CriterionDef c, Function<String, Answer> answers) {
        if (c.notApplicableIf() != null && c.notApplicableIf().test(answers) == Tri.TRUE) {
            return Status.NOT_APPLICABLE;
        }
        return Status.of(c.met().test(answers), c.partial() == null ? Tri.FALSE : c.partial().test(answers));
    }

    Answer answer(int index, int item) {
        return domains.get(item).get(index / strides[item] % domains.get(item).size());
    }

    Function<String, Answer> answers(int index) {
        Map<String, Answer> out = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            out.put(items.get(i), answer(index, i));
        }
        return out::get;
    }

    /**
     * The combinations one step better in item {@code i}: every answer of the next rank up (ties
     * are all one step up), or the same answer with a source.
     */
    List<Integer> successors(int index, int i) {
        int digit = index / strides[i] % domains.get(i).size();
        int level = digit / sources[i];
        int source = digit % sources[i];
        List<Integer> out = new ArrayList<>(2);
        int rank = ranks[i][level];
        if (rank >= 0) {
            int next = Integer.MAX_VALUE;
            for (int r : ranks[i]) {
                if (r > rank && r < next) {
                    next = r;
                }
            }
            for (int other = 0; other < ranks[i].length; other++) {
                if (ranks[i][other] == next) {
                    out.add(index + (other - level) * sources[i] * strides[i]);
                }
            }
        }
        if (source == 0 && sources[i] == 2) {
            out.add(index + strides[i]);
        }
        return out;
    }

    String describe(int index) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Answer a = answer(index, i);
            parts.add(items.get(i) + "=" + display(a));
        }
        return String.join(", ", parts);
    }

    /** An answer as messages show it: its value, and whether it carries a source. */
    static String display(Answer a) {
        return a.display() + (a.source() == null ? "" : " (documented)");
    }

    /** no &lt; partly &lt; yes; no &lt; considered &lt;= yes; a choice's rank; -1 for unranked choices and text. */
    private static int order(Item item, String token) {
        return switch (item.type()) {
            case YES_NO, YES_PARTLY_NO, YES_CONSIDERED_NO -> switch (token) {
                case "no" -> 0;
                case "partly", "considered" -> 1;
                case "yes" -> 2;
                default -> -1;
            };
            case CHOICE -> item.choices().stream().filter(c -> c.value().equals(token) && c.rank() != null)
                    .mapToInt(org.gapcheck.questionnaire.Choice::rank).findFirst().orElse(-1);
            default -> -1;
        };
    }

    private static List<Answer> domain(Item item, CriterionDef c, boolean documented) {
        List<Answer> out = new ArrayList<>();
        Source source = new Source("documented", null, null);
        if (!item.type().numeric()) {
            List<String> tokens = item.type() == ItemType.TEXT ? java.util.Collections.singletonList(null)
                    : new ArrayList<>(item.allowedTokens());
            if (order(item, "no") >= 0) {
                tokens.sort(java.util.Comparator.comparingInt(t -> order(item, t)));
            }
            for (String token : tokens) {
                String text = item.type() == ItemType.TEXT ? "text" : null;
                out.add(new Answer(item.code(), token, null, text, null, null));
                if (documented) {
                    out.add(new Answer(item.code(), token, null, text, source, null));
                }
            }
            return out;
        }
        double min = item.lowest();
        double max = item.highest();
        java.util.TreeSet<Double> values = new java.util.TreeSet<>(List.of(min, max));
        List<Double> figures = new ArrayList<>(c.met().figures(item.code()));
        if (c.partial() != null) {
            figures.addAll(c.partial().figures(item.code()));
        }
        if (c.notApplicableIf() != null) {
            figures.addAll(c.notApplicableIf().figures(item.code()));
        }
        figures.forEach(d -> values.addAll(List.of(d - 0.5, d, d + 0.5)));
        Source given = documented ? source : null;
        if (item.type() == ItemType.YEAR) {
            out.add(new Answer(item.code(), Answer.NEVER, null, null, given, null));
        }
        List<Double> worstFirst = new ArrayList<>(values.stream().filter(v -> v >= min && v <= max).toList());
        if ("lower".equals(item.better())) {
            java.util.Collections.reverse(worstFirst);
        }
        worstFirst.forEach(v -> out.add(new Answer(item.code(), null, v, null, given, null)));
        return out;
    }

    private static boolean readsDocumented(Requirement r, String code) {
        List<Requirement.Comparison> all = new ArrayList<>();
        ReadingRules.collect(r, all);
        return all.stream().anyMatch(k -> k.item().equals(code) && "documented".equals(k.operator()));
    }
}
