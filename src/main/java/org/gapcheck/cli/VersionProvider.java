package org.gapcheck.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the jar's version (from its manifest) and the embedded pack's, since reports depend on both. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        String packVersion;
        try {
            packVersion = org.gapcheck.core.RulePackLoader.load(null).manifest().label();
        } catch (RuntimeException e) {
            packVersion = "embedded rule pack unreadable: " + e.getMessage();
        }
        return new String[] {"gapcheck " + (version == null ? "(development build)" : version), "rule pack " + packVersion};
    }
}
