package io.github.workreport.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: stack traces with error messages. */
final class DebugOption {
    @Option(names = "--debug", description = "Print stack traces with error messages.")
    boolean debug;
}
