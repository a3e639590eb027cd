package io.github.workreport.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = WorkReportCommand.class.getPackage().getImplementationVersion();
        return new String[] {"workreport " + (v == null ? "development" : v)};
    }
}
