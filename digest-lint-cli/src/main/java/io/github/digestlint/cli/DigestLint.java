package io.github.digestlint.cli;

import io.github.digestlint.report.ToolVersion;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;

/**
 * The command line: {@code java -jar digest-lint-cli.jar check|fix|baseline ...}, thin glue over the core as
 * the Maven plugin is. Its exit codes are {@link ExitCodes}'.
 */
@Command(name = "digest-lint", mixinStandardHelpOptions = true, versionProvider = DigestLint.Version.class,
        subcommands = {CheckCommand.class, FixCommand.class, BaselineCommand.class, CommandLine.HelpCommand.class},
        description = "Checks and repairs the daily paper digest posts of a Jekyll blog.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the failure threshold",
            "1:findings at or above the threshold (check)",
            "2:bad usage or configuration",
            "3:an internal failure, or output that could not be written"})
public final class DigestLint implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        Terminal terminal = Terminal.detect();
        CommandLine commandLine = new CommandLine(new DigestLint())
                .setColorScheme(CommandLine.Help.defaultColorScheme(terminal.colour() ? Ansi.ON : Ansi.OFF))
                .setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8))
                .setExitCodeExceptionMapper(ExitCodes::of)
                .setParameterExceptionHandler(ExitCodes::usage)
                .setExecutionExceptionHandler(ExitCodes::failure);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: check, fix or baseline");
    }

    /** The version the jar was built as, the one its reports and incremental index carry. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"digest-lint " + ToolVersion.current()};
        }
    }
}
