package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gapcheck.pack.Limits;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.questionnaire.Questionnaire;

/**
 * Parses requirement expressions and checks them against the questionnaire and the thresholds,
 * so that a criterion naming an unknown item, a value the item cannot take, or an unknown
 * threshold is refused when the pack loads, not when a delegation's submission is evaluated.
 *
 * <pre>
 * expression := all ("or" all)*
 * all        := primary ("and" primary)*
 * primary    := "(" expression ")" | CODE operator value | CODE "present" | CODE "documented"
 * operator   := "==" | "in" | "&gt;=" | "&gt;" | "&lt;=" | "&lt;"
 * value      := token | number | "threshold(" name ")" | "[" token ("," token)* "]"
 * </pre>
 * {@code present}: a text item has an answer; {@code documented}: the answer carries a source (for
 * "consider" recommendations, where a considered and documented answer meets them).
 * There is no negation: a better answer must never make a requirement false (monotonicity).
 * <p>
 * Budgets ({@link Limits}): at most {@link Limits#MAX_REQUIREMENT_TERMS} comparisons, counted while
 * tokenizing so that a huge expression is refused before it is parsed, and at most
 * {@link Limits#MAX_REQUIREMENT_DEPTH} nested parentheses, checked before the parser recurses.
 */
public final class RequirementParser {

    private static final Pattern TOKENS = Pattern.compile(
            "\\s*(?:(?<code>[A-Z][A-Z0-9_]*\\.[A-Z0-9_]+)|(?<op>>=|<=|==|>|<)|(?<num>-?\\d+(?:\\.\\d+)?)"
                    + "|(?<word>[a-z][a-z0-9_]*)|(?<punct>[()\\[\\],]))");

    private static final String SYNTAX = "requirement/syntax";
    private static final String WRONG_VALUE = "requirement/wrong-value";

    private final Questionnaire questionnaire;
    private final Thresholds thresholds;
    private List<String> tokens;
    private int position;
    private int depth;

    /** A requirement that cannot be read, with the stable code of what is wrong ({@code requirement/...} or {@code limit/...}). */
    public static final class Invalid extends IllegalArgumentException {
        private final String code;

        Invalid(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public RequirementParser(Questionnaire questionnaire, Thresholds thresholds) {
        this.questionnaire = questionnaire;
        this.thresholds = thresholds;
    }

    /** Parses one expression; throws {@link Invalid} with the reason and its code on any problem. */
    public Requirement parse(String expression) {
        tokens = tokenize(expression);
        position = 0;
        depth = 0;
        Requirement result = expression();
        if (position < tokens.size()) {
            throw new Invalid(SYNTAX, "unexpected '" + tokens.get(position) + "' in: " + shorten(expression));
        }
        return result;
    }

    private static List<String> tokenize(String expression) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKENS.matcher(expression);
        int at = 0;
        int terms = 0;
        while (at < expression.length()) {
            if (!m.find(at) || m.start() != at) {
                if (expression.substring(at).isBlank()) {
                    break;
                }
                throw new Invalid(SYNTAX, "cannot read '" + shorten(expression.substring(at).strip()) + "' in: " + shorten(expression));
            }
            if (m.group("code") != null && ++terms > Limits.MAX_REQUIREMENT_TERMS) {
                throw new Invalid("limit/requirement-terms", "more than " + Limits.MAX_REQUIREMENT_TERMS
                        + " comparisons in one requirement (the limit); split the criterion");
            }
            out.add(m.group().strip());
            at = m.end();
        }
        if (out.isEmpty()) {
            throw new Invalid(SYNTAX, "empty requirement");
        }
        return out;
    }

    /** Long expressions are quoted by their start only: a message is read by people. */
    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    private Requirement expression() {
        List<Requirement> parts = new ArrayList<>(List.of(all()));
        while (accept("or")) {
            parts.add(all());
        }
        return parts.size() == 1 ? parts.get(0) : new Requirement.Group(false, List.copyOf(parts));
    }

    private Requirement all() {
        List<Requirement> parts = new ArrayList<>(List.of(primary()));
        while (accept("and")) {
            parts.add(primary());
        }
        return parts.size() == 1 ? parts.get(0) : new Requirement.Group(true, List.copyOf(parts));
    }

    private Requirement primary() {
        if (accept("(")) {
            if (++depth > Limits.MAX_REQUIREMENT_DEPTH) {
                throw new Invalid("limit/requirement-depth", "parentheses nested more than " + Limits.MAX_REQUIREMENT_DEPTH
                        + " deep (the limit)");
            }
            Requirement inner = expression();
            expect(")");
            depth--;
            return inner;
        }
        String code = next("an item code");
        Item item = questionnaire.item(code)
                .orElseThrow(() -> new Invalid("requirement/unknown-item", "unknown item '" + shorten(code) + "'"));
        if (accept("documented")) {
            return new Requirement.Comparison(item.code(), "documented", null, null, false);
        }
        if (accept("present")) {
            if (item.type() != ItemType.TEXT) {
                throw new Invalid(WRONG_VALUE, "'present' is for text items; " + code + " is " + item.type().wireName());
            }
            return new Requirement.Comparison(item.code(), "present", null, null, false);
        }
        String operator = next("an operator");
        if (operator.equals("in")) {
            expect("[");
            List<String> values = new ArrayList<>();
            do {
                values.add(token(item, next("a value")));
            } while (accept(","));
            expect("]");
            return new Requirement.Comparison(item.code(), "in", List.copyOf(values), null, false);
        }
        if (!Set.of("==", ">=", ">", "<=", "<").contains(operator)) {
            throw new Invalid(SYNTAX, "unknown operator '" + shorten(operator) + "' after " + code);
        }
        String value = next("a value");
        if (item.type().numeric()) {
            if (value.equals("threshold")) {
                expect("(");
                String name = next("a threshold name");
                expect(")");
                Threshold t = thresholds.threshold(name)
                        .orElseThrow(() -> new Invalid("requirement/unknown-threshold", "unknown threshold '" + shorten(name) + "'"));
                if (t.relative() && item.type() != ItemType.YEAR) {
                    throw new Invalid(WRONG_VALUE, "threshold '" + name + "' counts years before the reporting year; compare a year item with it, not " + code);
                }
                return new Requirement.Comparison(item.code(), operator, t.value(), name, t.relative());
            }
            try {
                return new Requirement.Comparison(item.code(), operator, Double.valueOf(value), null, false);
            } catch (NumberFormatException e) {
                throw new Invalid(WRONG_VALUE, code + " is " + item.type().wireName() + "; compare it with a number, not '" + shorten(value) + "'");
            }
        }
        if (!operator.equals("==")) {
            throw new Invalid(WRONG_VALUE, code + " is " + item.type().wireName() + "; use == or in, not " + operator);
        }
        return new Requirement.Comparison(item.code(), "==", token(item, value), null, false);
    }

    private static String token(Item item, String value) {
        if (!item.allowedTokens().contains(value)) {
            throw new Invalid(WRONG_VALUE, item.code() + " cannot be '" + shorten(value) + "' (it takes "
                    + String.join(", ", item.allowedTokens()) + ")");
        }
        return value;
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equals(token)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new Invalid(SYNTAX, "expected '" + token + "'" + (position < tokens.size()
                    ? " but found '" + shorten(tokens.get(position)) + "'" : " at the end"));
        }
    }

    private String next(String what) {
        if (position >= tokens.size()) {
            throw new Invalid(SYNTAX, "expected " + what + " at the end");
        }
        return tokens.get(position++);
    }

    static Set<String> union(List<Requirement> parts) {
        Set<String> items = new LinkedHashSet<>();
        parts.forEach(p -> items.addAll(p.items()));
        return items;
    }

    static String join(List<Requirement> parts, String operator) {
        return parts.stream().map(p -> p instanceof Requirement.Comparison ? p.text() : "(" + p.text() + ")")
                .collect(Collectors.joining(operator));
    }

    static String plain(Object value) {
        return value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(value);
    }
}
