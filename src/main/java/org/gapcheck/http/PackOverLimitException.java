package org.gapcheck.http;

import java.util.List;
import org.gapcheck.validate.ValidationFinding;

/**
 * An uploaded pack past a limit (a file too big, a requirement too deep, the time budget): not a
 * verdict on the pack, so not a report, but a 400 naming each limit with its file and line.
 */
final class PackOverLimitException extends ApiException {

    private final List<ValidationFinding> findings;

    PackOverLimitException(List<ValidationFinding> findings) {
        super("The rule pack is past " + findings.size() + " limit(s) of what this server reads; each error names its file, line and limit"
                + " (the README's Limits).");
        this.findings = List.copyOf(findings);
    }

    @Override
    Problem problem(String instance) {
        return new Problem("ruleset/over-limit", "Rule pack past a limit", 400, getMessage(), instance, null,
                findings.stream().map(f -> new Problem.Error(where(f), f.code(), f.message())).toList());
    }

    private static String where(ValidationFinding f) {
        return f.file() == null ? null : f.file() + (f.line() == null || f.line() == 0 ? "" : ":" + f.line() + ":" + f.column());
    }
}
