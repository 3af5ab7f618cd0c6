package org.gapcheck.report.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.ItemRead;
import org.gapcheck.engine.Status;
import org.gapcheck.report.render.Views.AnswerView;
import org.gapcheck.report.render.Views.ChapterFindings;
import org.gapcheck.report.render.Views.CriterionView;
import org.gapcheck.report.render.Views.FindingView;

/**
 * The findings in words, by chapter: recommendations with a gap, partly met or not reported
 * first (gaps first), then those met or not applicable; within each, the unmet criteria first,
 * each with the question asked, the answer given, the words cited, its basis and what would
 * close it, and the met criteria apart with their answers alone.
 */
final class FindingViews {

    /** The order a reader acts in: gaps, then partly met, then what was not reported. */
    private static final List<Status> ORDER = List.of(Status.GAP, Status.PARTIAL, Status.NOT_REPORTED,
            Status.NOT_APPLICABLE, Status.NOT_ASSESSED, Status.MET);

    private final ReportTexts texts;

    FindingViews(ReportTexts texts) {
        this.texts = texts;
    }

    List<ChapterFindings> chapters(List<Finding> findings) {
        Map<Integer, List<Finding>> byChapter = new LinkedHashMap<>();
        findings.forEach(f -> byChapter.computeIfAbsent(f.chapter(), k -> new ArrayList<>()).add(f));
        List<ChapterFindings> out = new ArrayList<>();
        byChapter.forEach((n, list) -> {
            Stream<Finding> open = list.stream().filter(f -> toActOn(f.status())).sorted(Comparator.comparingInt(f -> ORDER.indexOf(f.status())));
            out.add(new ChapterFindings(n, texts.chapterTitle(n), open.map(this::finding).toList(),
                    list.stream().filter(f -> !toActOn(f.status())).map(this::finding).toList()));
        });
        return out;
    }

    /** Whether a recommendation's status asks for action: a gap, partly met, or not reported. */
    static boolean toActOn(Status s) {
        return s == Status.GAP || s == Status.PARTIAL || s == Status.NOT_REPORTED;
    }

    private FindingView finding(Finding f) {
        List<CriterionView> open = new ArrayList<>();
        List<CriterionView> met = new ArrayList<>();
        String lastReason = f.reason();
        for (CriterionResult c : f.criteria().stream().sorted(Comparator.comparingInt(c -> ORDER.indexOf(c.status()))).toList()) {
            if (c.status() == Status.MET) {
                met.add(new CriterionView(c.id(), Words.status(c.status()), Words.css(c.status()), title(c),
                        c.element(), null, answers(c, false), null, null, null, false));
                continue;
            }
            boolean judged = c.status().judged() || c.status() == Status.NOT_REPORTED;
            String reason = null;
            if (!judged) {
                // A reason shared by several criteria (a profile that rules a whole paragraph out) is printed once.
                reason = Objects.equals(c.explanation(), lastReason) ? "For the reason above." : c.explanation();
                lastReason = c.explanation();
            }
            open.add(new CriterionView(c.id(), Words.status(c.status()), Words.css(c.status()), title(c),
                    c.element(), judged ? c.cites() : null, judged ? answers(c, true) : List.of(),
                    judged ? texts.basis(c.basis()) : null, Words.plain(c.closes()), Prose.of(reason), judged));
        }
        return new FindingView(f.recommendation(), f.chapter(), Words.status(f.status()), Words.css(f.status()),
                Words.percentScore(f.score()), f.text(), Prose.of(texts.scopeNote(f.recommendation())), Prose.of(f.reason()), f.challenges(), open, met);
    }

    private static String title(CriterionResult c) {
        return Words.sentence(Words.plain(c.title()));
    }

    private List<AnswerView> answers(CriterionResult c, boolean withQuestion) {
        List<AnswerView> out = new ArrayList<>();
        for (ItemRead read : c.read()) {
            String source = read.source() == null ? null : String.join("; ", Stream.of(read.source().document(),
                    read.source().law(), read.source().url()).filter(Objects::nonNull).toList());
            out.add(new AnswerView(read.item(), withQuestion ? texts.question(read.item()) : null, texts.answer(read),
                    read.note(), source == null || source.isEmpty() ? null : source));
        }
        return out;
    }
}
