package org.gapcheck.cli;

import java.nio.file.Path;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, shared by every command that reads a rule pack. */
final class PackOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule pack folder (the one holding pack.yaml). Default: the pack embedded in this jar.")
    Path rules;

    RulePack load() {
        return RulePackLoader.load(rules);
    }
}
