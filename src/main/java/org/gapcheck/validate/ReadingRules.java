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
        if (!CONSIDER.matcher(text.substring(sentenceStart, at)).find()) {
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
        String found = e.find(answers -> {
            if (status(c, answers) != 0) {
                return null;
            }
            int relaxed = rank(relaxed(c.met(), answers, own), c.partial() == null ? Tri.FALSE : relaxed(c.partial(), answers, own));
            return relaxed > 0 ? describe(answers) : null;
        });
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
        String found = e.find(answers -> {
            int before = status(c, answers);
            for (int i = 0; i < e.items.size(); i++) {
                String code = e.items.get(i);
                Answer current = answers.apply(code);
                for (Answer better : e.betterThan(i, current)) {
                    Function<String, Answer> raised = code2 -> code2.equals(code) ? better : answers.apply(code2);
                    int after = status(c, raised);
                    if (after != NOT_APPLICABLE && after < before) {
                        return code + " " + current.display() + documented(current) + " scores " + name(before) + " but "
                                + better.display() + documented(better) + " scores " + name(after) + " (other answers: "
                                + describe(answers) + ")";
                    }
                }
            }
            return null;
        });
        if (found != null) {
            defect(c, "monotonic", "a better answer scores worse: " + found);
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

    private static String describe(Function<String, Answer> answers) {
        return answers instanceof Enumeration.Current current ? current.describe() : "";
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
     * Every combination of the answers that matter to a criterion: each token (and, where the
     * criterion asks whether it is documented, with and without a source), or each figure's range
     * ends and the figures it is compared with, either side. Choices have no declared order, so
     * monotonicity is checked over the other items only.
     */
    private static final class Enumeration {
        final List<String> items;
        final List<List<Answer>> domains;
        final List<Item> defs;

        private Enumeration(List<String> items, List<List<Answer>> domains, List<Item> defs) {
            this.items = items;
            this.domains = domains;
            this.defs = defs;
        }

        static Enumeration of(RulePack pack, CriterionDef c) {
            List<List<Answer>> domains = new ArrayList<>();
            List<Item> defs = new ArrayList<>();
            long combinations = 1;
            for (String code : c.items()) {
                Item item = pack.questionnaire().item(code).orElseThrow();
                List<Answer> domain = domain(item, c);
                domains.add(domain);
                defs.add(item);
                combinations *= domain.size();
                if (combinations > MAX_COMBINATIONS) {
                    return null;
                }
            }
            return new Enumeration(c.items(), domains, defs);
        }

        /** The answers as one combination gives them, which can print itself. */
        final class Current implements Function<String, Answer> {
            final Map<String, Answer> answers = new LinkedHashMap<>();

            @Override
            public Answer apply(String code) {
                return answers.get(code);
            }

            String describe() {
                List<String> parts = new ArrayList<>();
                answers.forEach((code, a) -> parts.add(code + "=" + a.display() + ReadingRules.documented(a)));
                return String.join(", ", parts);
            }
        }

        /** The first non-null result of {@code test} over every combination, or null. */
        String find(Function<Current, String> test) {
            int[] index = new int[items.size()];
            Current current = new Current();
            while (true) {
                for (int i = 0; i < index.length; i++) {
                    current.answers.put(items.get(i), domains.get(i).get(index[i]));
                }
                String found = test.apply(current);
                if (found != null) {
                    return found;
                }
                int i = 0;
                while (i < index.length && ++index[i] == domains.get(i).size()) {
                    index[i++] = 0;
                }
                if (i == index.length) {
                    return null;
                }
            }
        }

        /** The answers of item {@code i}'s domain that are better than {@code a}: the order the reading rules state. */
        List<Answer> betterThan(int i, Answer a) {
            Item item = defs.get(i);
            List<Answer> out = new ArrayList<>();
            for (Answer b : domains.get(i)) {
                if (better(item, a, b)) {
                    out.add(b);
                }
            }
            return out;
        }

        private static boolean better(Item item, Answer a, Answer b) {
            if (item.type().numeric()) {
                if (a.number() == null || b.number() == null) {
                    return a.number() == null && b.number() != null; // "never" is worse than any year
                }
                return "higher".equals(item.better()) ? b.number() > a.number() : "lower".equals(item.better()) && b.number() < a.number();
            }
            if (a.token() == null || b.token() == null) {
                return false;
            }
            int ra = order(item, a.token());
            int rb = order(item, b.token());
            if (ra < 0 || rb < 0) {
                return false;
            }
            boolean sourceNoWorse = b.source() != null || a.source() == null;
            return sourceNoWorse && (rb > ra || (rb == ra && b.source() != null && a.source() == null));
        }

        /** no &lt; partly &lt; yes; no &lt; considered &lt;= yes; -1 for choices, which declare no order. */
        private static int order(Item item, String token) {
            return switch (item.type()) {
                case YES_NO, YES_PARTLY_NO, YES_CONSIDERED_NO -> switch (token) {
                    case "no" -> 0;
                    case "partly", "considered" -> 1;
                    case "yes" -> 2;
                    default -> -1;
                };
                default -> -1;
            };
        }

        private static List<Answer> domain(Item item, CriterionDef c) {
            List<Answer> out = new ArrayList<>();
            boolean documented = readsDocumented(c.met(), item.code()) || (c.partial() != null && readsDocumented(c.partial(), item.code()));
            Source source = new Source("documented", null, null);
            if (item.type() == ItemType.TEXT) {
                out.add(new Answer(item.code(), null, null, "text", null, null));
                if (documented) {
                    out.add(new Answer(item.code(), null, null, "text", source, null));
                }
                return out;
            }
            if (!item.type().numeric()) {
                for (String token : item.allowedTokens()) {
                    out.add(new Answer(item.code(), token, null, null, null, null));
                    if (documented) {
                        out.add(new Answer(item.code(), token, null, null, source, null));
                    }
                }
                return out;
            }
            double min = item.type() == ItemType.YEAR ? 1900 : item.min();
            double max = item.type() == ItemType.YEAR ? 2035 : item.max();
            Set<Double> values = new java.util.TreeSet<>(List.of(min, max));
            List<Double> figures = new ArrayList<>(c.met().figures(item.code()));
            if (c.partial() != null) {
                figures.addAll(c.partial().figures(item.code()));
            }
            figures.forEach(d -> values.addAll(List.of(d - 0.5, d, d + 0.5)));
            values.stream().filter(v -> v >= min && v <= max)
                    .forEach(v -> out.add(new Answer(item.code(), null, v, null, documented ? source : null, null)));
            if (item.type() == ItemType.YEAR) {
                out.add(new Answer(item.code(), Answer.NEVER, null, null, documented ? source : null, null));
            }
            return out;
        }

        private static boolean readsDocumented(Requirement r, String code) {
            List<Requirement.Comparison> all = new ArrayList<>();
            collect(r, all);
            return all.stream().anyMatch(k -> k.item().equals(code) && "documented".equals(k.operator()));
        }
    }
}
