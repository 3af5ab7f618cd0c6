package org.gapcheck.engine;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.lang.DRL6Lexer;

/**
 * Where Drools' DRL lexer first fails on a text. Some lexer failures break Drools' own error
 * reporting, so the parser's errors come back with no line; the lexer alone, run over the text in
 * one linear pass, still knows where it stood.
 */
final class LexerPlace {

    private LexerPlace() {
    }

    /** {line, column} of the first lexer error (1-based column), or {0, 0} when the lexer reads the whole text. */
    static int[] firstError(String text) {
        DRL6Lexer lexer = new DRL6Lexer(new ANTLRStringStream(text));
        try {
            Token token;
            do {
                token = lexer.nextToken();
            } while (token.getType() != Token.EOF && lexer.getErrors().isEmpty());
            if (lexer.getErrors().isEmpty()) {
                return new int[] {0, 0};
            }
            DroolsParserException e = lexer.getErrors().get(0);
            return new int[] {Math.max(e.getLineNumber(), 0), Math.max(e.getColumn(), 0) + 1};
        } catch (RuntimeException reportingFailed) { // the failure that breaks the parser's reporting: the lexer stands on it
            return new int[] {lexer.getLine(), lexer.getCharPositionInLine() + 1};
        }
    }
}
