package org.gapcheck.report.render;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import org.gapcheck.basis.Basis;
import org.gapcheck.basis.GoodPractice;
import org.gapcheck.basis.Standard;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Challenge;
import org.gapcheck.catalogue.Chapter;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.ItemRead;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.questionnaire.Choice;
import org.gapcheck.questionnaire.Indicator;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.submission.Answer;

/**
 * What the reader's formats look up beside a report to print it in words: the questionnaire (each
 * item's question, its choices' labels, its unit), the catalogue (chapter and challenge titles,
 * scope notes) and the rule base (the standards and good practices criteria rest on). The report
 * itself keeps codes; these turn them into words.
 */
public record ReportTexts(Catalogue catalogue, Questionnaire questionnaire, RuleBase ruleBase) {

    public static ReportTexts of(RulePack pack) {
        return new ReportTexts(pack.catalogue(), pack.questionnaire(), pack.ruleBase());
    }

    /** The question an item asks, or the name of a situation indicator; the code where the pack knows neither. */
    String question(String item) {
        return questionnaire.item(item).map(Item::question)
                .or(() -> questionnaire.indicator(item).map(Indicator::name)).orElse(item);
    }

    /** What a criterion found for one item it read, in words. */
    String answer(ItemRead read) {
        return switch (read.state()) {
            case ItemRead.NOT_KNOWN -> "not known";
            case ItemRead.NOT_ANSWERED -> "not answered";
            default -> answer(read.item(), read.value());
        };
    }

    /**
     * An answer's display value ({@code Answer.display()}: a token, a choice, a number or a text) in
     * words: "not known", a choice's label, a number with its unit; null reads "not reported".
     */
    String answer(String item, String value) {
        if (value == null) {
            return "not reported";
        }
        Optional<Item> known = questionnaire.item(item);
        if (known.isPresent() && known.get().choices() != null) {
            for (Choice c : known.get().choices()) {
                if (c.value().equals(value)) {
                    return c.label();
                }
            }
        }
        return switch (value) {
            case Answer.NOT_KNOWN -> "not known";
            case "considered" -> "considered and documented, not adopted";
            case "yes", "no", "partly", Answer.NEVER -> value;
            default -> known.isPresent() && known.get().type() == ItemType.YEAR ? value
                    : withUnit(value, known.map(Item::unit).or(() -> questionnaire.indicator(item).map(Indicator::unit)).orElse(null));
        };
    }

    /** A number with its thousands grouped and its unit ("3,800 kits per year", "19%"); anything else as it is. */
    private static String withUnit(String value, String unit) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(2);
        String grouped = format.format(number);
        return unit == null ? grouped : "percent".equals(unit) ? grouped + "%" : grouped + " " + unit;
    }

    /** What a criterion rests on beyond the text's own words, in words: a standard's title or a good practice named at the Commission; null for the text. */
    String basis(String basis) {
        if (basis == null) {
            return null;
        }
        Basis parsed;
        try {
            parsed = Basis.parse(basis);
        } catch (IllegalArgumentException e) {
            return basis;
        }
        return switch (parsed.kind()) {
            case TEXT -> null;
            case STANDARD -> ruleBase.references().standard(parsed.ref()).map(ReportTexts::standard).orElse(parsed.ref());
            case GOOD_PRACTICE -> ruleBase.references().goodPractice(parsed.ref()).map(ReportTexts::goodPractice).orElse(parsed.ref());
        };
    }

    private static String standard(Standard s) {
        return s.title() + " (" + s.issuingBody() + ", " + s.year() + ")";
    }

    private static String goodPractice(GoodPractice g) {
        return "good practice named at the Commission on Narcotic Drugs" + (g.measure() == null ? "" : ": " + g.measure())
                + (g.year() == null ? "" : " (" + g.year() + ")");
    }

    /** The rating bands in words, from the pack's thresholds: "On track from 75, partly on track from 50, ...". */
    String ratingLegend() {
        java.util.function.Function<String, String> at = id -> ruleBase.thresholds().value(id).map(org.gapcheck.text.Numbers::plain).orElse("?");
        return "Ratings: on track from " + at.apply("report_rating_green") + ", partly on track from " + at.apply("report_rating_yellow")
                + ", off track from " + at.apply("report_rating_orange") + ", far off track below; insufficient data where under "
                + at.apply("report_min_completeness_percent") + "% of the applicable items are answered.";
    }

    String chapterTitle(int number) {
        return catalogue.chapter(number).map(Chapter::title).orElse("Chapter " + number);
    }

    String challengeTitle(String id) {
        return catalogue.challenge(id).map(Challenge::title).orElse(id);
    }

    String scopeNote(String recommendation) {
        return catalogue.recommendation(recommendation).map(Recommendation::scopeNote).orElse(null);
    }
}
