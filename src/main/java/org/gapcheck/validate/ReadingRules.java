package org.gapcheck.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.Requirement;
import org.gapcheck.engine.Threshold;
import org.gapcheck.engine.Tri;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.submission.Answer;
import org.gapcheck.submission.Source;

/**
 * The reading rules of {@code rules/REVIEW.md}, checked on every criterion: it says what it rests
 * on and whether it is operative or an element; under "consider" a documented consideration meets
 * it; no figure of the pack's own choosing makes it GAP; a better answer never scores worse; figures
 * are compared in the direction their item declares; and items and criteria agree on what informs
 * what. A defect is an error, or a warning while the criterion is listed in
 * {@code review-pending.yaml}.
 */
final class ReadingRules {

    static final List<String> CHECKS = List.of("basis", "role", "consider", "own-figure", "monotonic", "better-direction",
            "item-links", "review-pending");

    /** Above this many answer combinations a criterion is not enumerated, and says so. */
    private static final int MAX_COMBINATIONS = 50_000;
    private static final Pattern CONSIDER = Pattern.compile("\\bconsider(ing)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(\\s|$)");
    /** A call on other actors that opens a clause of its own ("..., and call upon States parties to ..."): "consider" does not reach past it. */
    private static final Pattern NEW_CALL = Pattern.compile("\\band (call upon|calls upon|encourage|urge|invite|request)\\b",
            Pattern.CASE_INSENSITIVE);

    private final RulePack pack;
    private final ReviewPending pending;
    private final Map<String, Integer> itemLines;
    private final Function<Item, String> itemsFile;
    private final List<ValidationFinding> out = new ArrayList<>();

    private ReadingRules(RulePack pack, ReviewPending pending, Map<String, Integer> itemLines, Function<Item, String> itemsFile) {
        this.pack = pack;
        this.pending = pending;
        this.itemLines = itemLines;
        this.itemsFile = itemsFile;
    }

    static List<ValidationFinding> check(RulePack pack, ReviewPending pending, Map<String, Integer> itemLines,
                                         Function<Item, String> itemsFile) {
        ReadingRules rules = new ReadingRules(pack, pending, itemLines, itemsFile);
        pack.ruleBase().criteria().forEach(rules::criterion);
        rules.itemLinks();
        rules.out.addAll(pending.problems(pack));
        return rules.out;
    }

    private void criterion(CriterionDef c) {
        if (c.basis() == null) {
            defect(c, "basis", "has no @basis: 'text' when the cited words demand it, or the 'standard: ID' or 'good_practice: ID' it rests on");
        }
        if (c.role() == null) {
            defect(c, "role", "has no @role: 'operative' when it tests the obligation the text states, 'element' when it tests an example"
                    + " the text introduces with such as, including or as appropriate");
        }
        consider(c);
        betterDirection(c);
        Enumeration e = Enumeration.of(pack, c);
        if (e == null) {
            defect(c, "monotonic", "reads too many answer combinations to be checked (over " + MAX_COMBINATIONS + "): split it");
            return;
        }
        ownFigures(c, e);
        monotonic(c, e);
    }

    // ---- consider: a documented consideration satisfies the clause

    private void consider(CriterionDef c) {
        Recommendation r = pack.catalogue().recommendation(c.recommendation()).orElseThrow();
        String text = squash(r.text());
        int at = text.indexOf(squash(c.cites()));
        if (at < 0) {
            return;
        }
        int sentenceStart = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find() && end.end() <= at) {
            sentenceStart = end.end();
        }
        String before = text.substring(sentenceStart, at);
        Matcher consider = CONSIDER.matcher(before);
        int lastConsider = -1;
        while (consider.find()) {
            lastConsider = consider.end();
        }
        if (lastConsider < 0) {
            return;
        }
        // The new call may open the cited words themselves ("encourage the exchange ...").
        String between = before.substring(lastConsider) + text.substring(at, Math.min(text.length(), at + 40));
        if (lastConsider < 0 || NEW_CALL.matcher(between).find()) {
            return;
        }
        List<String> considerItems = c.items().stream()
                .filter(code -> item(code).type() == ItemType.YES_CONSIDERED_NO).toList();
        if (considerItems.isEmpty()) {
            defect(c, "consider", "cites words under \"consider\" but reads no yes/considered/no item, so a documented consideration cannot meet it");
            return;
        }
        Map<String, Answer> answers = new HashMap<>();
        considerItems.forEach(code -> answers.put(code, new Answer(code, "considered", null, null, new Source("documented", null, null), null)));
        if (c.met().test(answers::get) != Tri.TRUE) {
            defect(c, "consider", "cites words under \"consider\", but a documented 'considered' answer to " + considerItems
                    + " does not meet it: " + c.met().text());
        }
    }

    // ---- better: figures compared in the direction their item declares

    private void betterDirection(CriterionDef c) {
        List<Requirement.Comparison> comparisons = new ArrayList<>();
        collect(c.met(), comparisons);
        if (c.partial() != null) {
            collect(c.partial(), comparisons);
        }
        for (Requirement.Comparison k : comparisons) {
            Item item = item(k.item());
            if (!item.type().numeric()) {
                continue;
            }
            String better = item.better();
            boolean fits = switch (k.operator()) {
                case ">=", ">" -> "higher".equals(better);
                case "<=", "<" -> "lower".equals(better);
                default -> false;
            };
            if (!fits) {
                defect(c, "better-direction", "compares " + k.item() + " " + k.operator() + " although the item declares better: " + better
                        + " (use " + ("lower".equals(better) ? "<= or <" : ">= or >") + ", or declare the direction the figure improves in)");
            }
        }
    }

    // ---- own figures: a figure no standard names never makes a gap

    private void ownFigures(CriterionDef c, Enumeration e) {
        Set<String> own = new LinkedHashSet<>();
        for (Threshold t : pack.ruleBase().thresholds().thresholds()) {
            // "At least one" (0 or 1) asks whether a thing happens at all, which is no chosen figure.
            if (t.ownChoice() != null && t.value() != 0 && t.value() != 1) {
                own.add(t.id());
            }
        }
        int[] statuses = e.statuses(c);
        String found = null;
        for (int index = 0; index < statuses.length && found == null; index++) {
            if (statuses[index] != 0) {
                continue;
            }
            Function<String, Answer> answers = e.answers(index);
            int relaxed = rank(relaxed(c.met(), answers, own), c.partial() == null ? Tri.FALSE : relaxed(c.partial(), answers, own));
            found = relaxed > 0 ? e.describe(index) : null;
        }
        if (found != null) {
            List<String> figures = new ArrayList<>();
            collectOwn(c.met(), own, figures);
            if (c.partial() != null) {
                collectOwn(c.partial(), own, figures);
            }
            defect(c, "own-figure", "is GAP only because of a figure of the pack's own choosing " + figures + " when " + found
                    + ": such a figure may separate PARTIAL from MET, never make a gap");
        }
    }

    /** The requirement's value with every comparison to an own figure taken as met. */
    private static Tri relaxed(Requirement r, Function<String, Answer> answers, Set<String> own) {
        if (r instanceof Requirement.Comparison k) {
            return ownFigure(k, own) ? Tri.TRUE : k.test(answers);
        }
        Requirement.Group g = (Requirement.Group) r;
        Tri result = g.all() ? Tri.TRUE : Tri.FALSE;
        for (Requirement part : g.parts()) {
            Tri t = relaxed(part, answers, own);
            result = g.all() ? result.and(t) : result.or(t);
        }
        return result;
    }

    /** A comparison with an own-choice threshold, or with a literal figure other than 0 or 1 (which no standard names either). */
    private static boolean ownFigure(Requirement.Comparison k, Set<String> own) {
        if (k.threshold() != null) {
            return own.contains(k.threshold());
        }
        return k.value() instanceof Double d && d != 0 && d != 1;
    }

    private static void collectOwn(Requirement r, Set<String> own, List<String> figures) {
        List<Requirement.Comparison> all = new ArrayList<>();
        collect(r, all);
        all.stream().filter(k -> ownFigure(k, own)).map(Requirement.Comparison::text).filter(t -> !figures.contains(t)).forEach(figures::add);
    }

    // ---- monotonic: a better answer never scores worse

    private void monotonic(CriterionDef c, Enumeration e) {
        int[] statuses = e.statuses(c);
        for (int index = 0; index < statuses.length; index++) {
            int before = statuses[index];
            if (before < 0) {
                continue;
            }
            for (int i = 0; i < e.items.size(); i++) {
                for (int next : e.successors(index, i)) {
                    int after = statuses[next];
                    if (after != NOT_APPLICABLE && after < before) {
                        Answer from = e.answer(index, i);
                        Answer to = e.answer(next, i);
                        defect(c, "monotonic", "a better answer scores worse: " + e.items.get(i) + " " + from.display() + documented(from)
                                + " scores " + name(before) + " but " + to.display() + documented(to) + " scores " + name(after)
                                + " (other answers: " + e.describe(index) + ")");
                        return;
                    }
                }
            }
        }
    }

    // ---- item links: one source of truth for what informs what

    private void itemLinks() {
        Map<String, Set<String>> readBy = new LinkedHashMap<>();
        for (CriterionDef c : pack.ruleBase().criteria()) {
            for (String code : c.items()) {
                readBy.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(c.recommendation());
                if (!item(code).recommendations().contains(c.recommendation())) {
                    defect(c, "item-links", "reads " + code + ", which the questionnaire does not list as informing " + c.recommendation()
                            + ": add " + c.recommendation() + " to the item's recommendations");
                }
            }
        }
        for (Item item : pack.questionnaire().items()) {
            Set<String> reading = readBy.getOrDefault(item.code(), Set.of());
            for (String r : item.recommendations()) {
                if (reading.contains(r) || item.aspect() == org.gapcheck.questionnaire.Aspect.CONTEXT) {
                    continue;
                }
                boolean settled = pack.ruleBase().criteria().stream().filter(c -> c.recommendation().equals(r)).noneMatch(c -> pending.contains(c.id()));
                out.add(new ValidationFinding(settled ? ValidationFinding.ERROR : ValidationFinding.WARNING, "item-links", itemsFile.apply(item),
                        itemLines.get(item.code()), null, item.code(), "lists " + r + ", but no criterion of " + r
                        + " reads it: read it there, or drop the link"));
            }
        }
    }

    // ---- shared

    private void defect(CriterionDef c, String check, String message) {
        out.add(new ValidationFinding(pending.contains(c.id()) ? ValidationFinding.WARNING : ValidationFinding.ERROR, check, c.file(),
                c.line(), null, c.id(), message));
    }

    private Item item(String code) {
        return pack.questionnaire().item(code).orElseThrow();
    }

    /** MET 2, PARTIAL 1, GAP 0; -1 while an item leaves it open; -2 when an answer rules it out. */
    private static int status(CriterionDef c, Function<String, Answer> answers) {
        if (c.notApplicableIf() != null && c.notApplicableIf().test(answers) == Tri.TRUE) {
            return NOT_APPLICABLE;
        }
        return rank(c.met().test(answers), c.partial() == null ? Tri.FALSE : c.partial().test(answers));
    }

    /** As the engine judges (Judge.status): MET, then NOT_REPORTED while MET is left open, then PARTIAL or GAP. */
    private static final int NOT_APPLICABLE = -2;

    private static int rank(Tri met, Tri partial) {
        if (met == Tri.TRUE) {
            return 2;
        }
        if (met == Tri.UNKNOWN) {
            return -1;
        }
        if (partial == Tri.TRUE) {
            return 1;
        }
        return partial == Tri.FALSE ? 0 : -1;
    }

    private static String name(int rank) {
        return switch (rank) {
            case 2 -> "MET";
            case 1 -> "PARTIAL";
            case 0 -> "GAP";
            default -> "NOT_REPORTED";
        };
    }

    private static String documented(Answer a) {
        return a.source() == null ? "" : " (documented)";
    }

    private static void collect(Requirement r, List<Requirement.Comparison> into) {
        if (r instanceof Requirement.Comparison k) {
            into.add(k);
        } else {
            ((Requirement.Group) r).parts().forEach(p -> collect(p, into));
        }
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Every combination of the answers that matter to a criterion, each item's answers laid out from
     * worst to best: each token (and, where the criterion asks whether it is documented, without
     * and with a source), or each figure's range ends and the figures it is compared with, either
     * side, with "never" first for a year. A combination is an index in mixed radix, so a better
     * answer to one item is a fixed step away. Choices declare no order: only their source is.
     */
    private static final class Enumeration {
        final List<String> items;
        final List<List<Answer>> domains;
        /** Per item: 2 when its answers come without and with a source (index = level * 2 + documented), else 1. */
        final int[] sources;
        /** Per item, per level (an answer without its source): its rank, higher better; -1 where the item declares no order. */
        final int[][] ranks;
        final int[] strides;
        final int size;
        private int[] statuses;

        private Enumeration(List<String> items, List<List<Answer>> domains, int[] sources, int[][] ranks) {
            this.items = items;
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

        static Enumeration of(RulePack pack, CriterionDef c) {
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
            return new Enumeration(c.items(), domains, sources, ranks);
        }

        /** The criterion's status for every combination (computed once). */
        int[] statuses(CriterionDef c) {
            if (statuses == null) {
                statuses = new int[size];
                for (int index = 0; index < size; index++) {
                    statuses[index] = status(c, answers(index));
                }
            }
            return statuses;
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
                parts.add(items.get(i) + "=" + a.display() + ReadingRules.documented(a));
            }
            return String.join(", ", parts);
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
            double min = item.type() == ItemType.YEAR ? 1900 : item.min();
            double max = item.type() == ItemType.YEAR ? 2035 : item.max();
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
            collect(r, all);
            return all.stream().anyMatch(k -> k.item().equals(code) && "documented".equals(k.operator()));
        }
    }
}
