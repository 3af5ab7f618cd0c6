package org.gapcheck.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.ParserError;
import org.gapcheck.pack.Limits;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;

/**
 * Reads a pack's DRL files with the Drools DRL parser: syntax errors come back as problems at
 * their file, line and column; rules come back as {@link DrlRule}s. Parsing is all it does: no
 * Java is generated or compiled, which keeps loading a pack fast.
 */
final class DrlReader {

    private DrlReader() {
    }

    private static final ObjectMapper SNAPSHOT = new ObjectMapper();
    private static final String SYNTAX = "drl/syntax";
    private static final TypeReference<List<DrlRule>> RULES = new TypeReference<>() { };

    /** One file's rules in file order, or its syntax errors. */
    record Parsed(List<DrlRule> rules, List<PackProblem> problems) {
    }

    /** A sound file's rules as its snapshot holds them (see {@code core.PackSnapshot}). */
    static String snapshot(Parsed parsed) {
        if (!parsed.problems().isEmpty()) {
            throw new PackLoadException(parsed.problems());
        }
        try {
            return SNAPSHOT.writeValueAsString(parsed.rules());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the DRL snapshot", e);
        }
    }

    /** The rules of a file from its snapshot: what {@link #read} gave for it at build time. */
    static Parsed fromSnapshot(String json) {
        try {
            return new Parsed(SNAPSHOT.readValue(json, RULES), List.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the embedded DRL snapshot is unreadable; rebuild the jar", e);
        }
    }

    private static final Pattern SAID_AT = Pattern.compile("Line (\\d{1,9}):(\\d{1,9})");

    /**
     * @param display the file as users see it
     * @param text    the DRL
     */
    static Parsed read(String display, String text) {
        List<DrlRule> out = new ArrayList<>();
        List<PackProblem> problems = new ArrayList<>();
        PackProblem early = precheck(display, text);
        if (early != null) {
            problems.add(early);
            return new Parsed(out, problems);
        }
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(new PackProblem(display, Math.max(e.getLineNumber(), 0), Math.max(e.getColumn(), 0), null, SYNTAX,
                    "DRL: " + squash(e.getMessage())));
            return new Parsed(out, problems);
        } catch (StackOverflowError e) {
            // A second line of defence behind precheck: whatever else makes Drools' recursive parser overflow.
            // Placed where the brackets first nest a quarter of the limit deep: where the parser's stack went.
            PackProblem deep = precheck(display, text, Limits.MAX_DRL_DEPTH / 4);
            problems.add(new PackProblem(display, deep == null ? 1 : deep.line(), deep == null ? 1 : deep.column(), null,
                    "limit/drl-stack", "DRL: the file is nested too deeply for the parser (stack exhausted)"));
            return new Parsed(out, problems);
        }
        if (parser.hasErrors()) {
            for (DroolsError error : parser.getErrors()) {
                int line = error instanceof ParserError p ? p.getRow() : 0;
                int column = error instanceof ParserError p ? p.getCol() : 0;
                Matcher said = SAID_AT.matcher(String.valueOf(error.getMessage()));
                if (line <= 0 && said.find()) { // some errors carry their place only in their words
                    line = Integer.parseInt(said.group(1));
                    column = Integer.parseInt(said.group(2)) + 1;
                } else if (line <= 0 && String.valueOf(error.getMessage()).contains("<eof>")) {
                    line = (int) text.lines().count();
                }
                problems.add(new PackProblem(display, Math.max(line, 0), Math.max(column, 0), null, SYNTAX,
                        "DRL: " + squash(error.getMessage())));
            }
            if (problems.stream().allMatch(p -> p.line() == 0)) {
                int[] at = LexerPlace.firstError(text);
                problems.replaceAll(p -> new PackProblem(p.file(), at[0], at[1], p.entry(), p.code(), p.message()));
            }
            return new Parsed(out, problems);
        }
        if (descr == null) {
            problems.add(new PackProblem(display, 0, 0, null, SYNTAX, "DRL: the file could not be parsed"));
            return new Parsed(out, problems);
        }
        for (RuleDescr rule : descr.getRules()) {
            Map<String, String> meta = new HashMap<>();
            for (AnnotationDescr a : rule.getAnnotations()) {
                Object value = a.getSingleValueStripped();
                meta.put(a.getName(), value == null ? "" : unescape(value.toString()));
            }
            String pattern = null;
            List<String> constraints = new ArrayList<>();
            List<? extends BaseDescr> lhs = rule.getLhs().getDescrs();
            if (lhs.size() == 1 && lhs.get(0) instanceof PatternDescr p && p.getIdentifier() == null && p.getSource() == null) {
                pattern = p.getObjectType();
                for (BaseDescr c : p.getConstraint().getDescrs()) {
                    constraints.add(c instanceof ExprConstraintDescr e ? e.getExpression().strip() : c.toString());
                }
            }
            out.add(new DrlRule(rule.getName(), display, rule.getLine(), meta, pattern, List.copyOf(constraints),
                    String.valueOf(rule.getConsequence()).strip()));
        }
        return new Parsed(out, problems);
    }

    /**
     * The first place, outside strings and comments, where (), [] and {} nest deeper than
     * {@link Limits#MAX_DRL_DEPTH} or a character stands that DRL does not have, as a problem; null
     * when there is none. One linear pass, run before the text reaches Drools' recursive parser,
     * which a deep enough nesting would overflow and a stray character would leave unlocated.
     */
    static PackProblem precheck(String display, String text) {
        return precheck(display, text, Limits.MAX_DRL_DEPTH);
    }

    private static PackProblem precheck(String display, String text, int maxDepth) {
        if (text.length() > Limits.MAX_DRL_CHARS) {
            return new PackProblem(display, 0, 0, null, "limit/file-size", "DRL: the file has " + text.length()
                    + " characters; a DRL file holds at most " + Limits.MAX_DRL_CHARS + " (the limit)");
        }
        PackProblem problem = scan(display, text, maxDepth, false);
        // Where a quote's string is read differently here and by Drools' lexer (an escape it does not have,
        // found by the fuzzer), brackets this scan took for text reach the parser: they are counted again
        // with every string ending at its line, so a deep nesting is refused however the quotes pair up.
        return problem != null ? problem : scan(display, text, maxDepth, true);
    }

    /** One linear pass; {@code depthOnly} reads strings as ending at their line and checks the nesting alone. */
    private static PackProblem scan(String display, String text, int maxDepth, boolean depthOnly) {
        int depth = 0;
        int lists = 0;
        int line = 1;
        int column = 0;
        char quote = 0;
        boolean lineComment = false;
        boolean blockComment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            column++;
            if (c == '\n') {
                line++;
                column = 0;
                lineComment = false;
                quote = depthOnly ? 0 : quote;
            } else if (lineComment) {
                continue;
            } else if (blockComment) {
                if (c == '*' && next == '/') {
                    blockComment = false;
                    i++;
                    column++;
                }
            } else if (quote != 0) {
                if (c == '\\') {
                    i++;
                    column++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && next == '/') {
                lineComment = true;
            } else if (c == '/' && next == '*') {
                blockComment = true;
                i++;
                column++;
            } else if (!depthOnly && !drlCharacter(c)) {
                // Drools' lexer fails on such a character, and its error reporting with it (no line, a stack trace)
                return new PackProblem(display, line, column, null, SYNTAX, String.format("DRL: the character U+%04X is not"
                        + " part of DRL outside a string or a comment", (int) c));
            } else if (c == '[' && ++lists > Limits.MAX_DRL_LIST_DEPTH) {
                return new PackProblem(display, line, column, null, "limit/drl-depth", "DRL: square brackets nested more than "
                        + Limits.MAX_DRL_LIST_DEPTH + " deep (the limit; Drools' parser slows exponentially with them)");
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > maxDepth) {
                    return new PackProblem(display, line, column, null, "limit/drl-depth", "DRL: brackets nested more than "
                            + maxDepth + " deep (the limit)");
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
                lists = c == ']' ? Math.max(0, lists - 1) : lists;
            }
        }
        return null;
    }

    /** Letters, digits, white space and the ASCII punctuation DRL's grammar uses; not a backtick or a control character. */
    private static boolean drlCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '\t' || c == '\r' || c == '\f'
                || (c < 0x7f && c > 0x20 && c != '`');
    }

    private static String unescape(String value) {
        return value.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** One line, without the Java exception and stack trace Drools appends to some messages. */
    private static String squash(String message) {
        if (message == null) {
            return "syntax error";
        }
        String m = message;
        for (String cut : new String[] {" Exception: ", "Stack trace:", "java.lang."}) {
            int at = m.indexOf(cut);
            if (at > 0) {
                m = m.substring(0, at);
            }
        }
        return m.strip().replaceAll("\\s+", " ");
    }
}
