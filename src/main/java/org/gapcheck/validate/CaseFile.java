package org.gapcheck.validate;

import java.util.List;

/** {@code tests/chapter-N.yaml}: the rule cases of one chapter. */
public record CaseFile(Integer chapter, List<RuleCase> cases) {
}
