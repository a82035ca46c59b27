package io.github.digestlint.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What the process's exit code says, for a script or a hook: {@value #CLEAN}, {@value #FINDINGS},
 * {@value #USAGE} or {@value #FAILURE}. Every failure is one line on standard error, never a stack trace.
 */
final class ExitCodes {

    /** Nothing at or above the failure threshold. */
    static final int CLEAN = 0;
    /** Findings at or above the failure threshold. */
    static final int FINDINGS = 1;
    /** A bad option, path or configuration: the user's to correct. */
    static final int USAGE = 2;
    /** An internal failure, or output that could not be written. */
    static final int FAILURE = 3;

    private ExitCodes() {
    }

    /** A run that cannot go on, with the one line that says why. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int code;

        Stop(int code, String message) {
            super(message);
            this.code = code;
        }

        Stop(int code, String message, Throwable cause) {
            super(message, cause);
            this.code = code;
        }
    }

    static int of(Throwable exception) {
        return exception instanceof Stop stop ? stop.code : FAILURE;
    }

    static int usage(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        String help = command.getParent() == null ? "digest-lint --help"
                : "digest-lint " + command.getCommandName() + " --help";
        command.getErr().println("digest-lint: " + exception.getMessage() + " (see " + help + ")");
        return USAGE;
    }

    static int failure(Exception exception, CommandLine command, ParseResult parseResult) {
        if (exception instanceof Stop stop) {
            command.getErr().println("digest-lint: " + stop.getMessage());
            return stop.code;
        }
        // A bug: the one case where the trace helps, for the report the message asks for.
        command.getErr().println("digest-lint: internal failure, please report it with this trace: " + exception);
        exception.printStackTrace(new java.io.PrintWriter(command.getErr(), true));
        return FAILURE;
    }
}
