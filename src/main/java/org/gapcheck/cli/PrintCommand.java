package org.gapcheck.cli;

import java.util.concurrent.Callable;
import org.gapcheck.core.RulePack;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that prints one document derived from the rule pack, to standard output or -o FILE. */
abstract class PrintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Mixin
    OutputOption output;

    abstract String render(RulePack loaded);

    /** The format written, for the line saying what -o FILE received. */
    abstract String formatName();

    @Override
    public Integer call() throws Exception {
        output.write(render(pack.load()), formatName(), spec);
        return ExitCode.OK;
    }
}
