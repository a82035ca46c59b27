package io.github.digestlint.cli;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the process writes to: colour only on a terminal and never with {@code NO_COLOR} set
 * (no-color.org), a progress line only on a terminal. Java tells whether the console is a terminal,
 * not each stream: output redirected to a file or a pipe is no terminal.
 *
 * @param interactive whether standard input and output are a terminal
 * @param colour whether to colour the output
 */
record Terminal(boolean interactive, boolean colour) {

    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String RESET = "\u001B[0m";
    /** How often the progress line is redrawn, at most. */
    private static final long PROGRESS_NANOS = 200_000_000L;

    static Terminal detect() {
        boolean interactive = isTerminal(System.console());
        String noColour = System.getenv("NO_COLOR");
        return new Terminal(interactive, interactive && (noColour == null || noColour.isEmpty()));
    }

    /** Java 22 gives a console even to redirected streams and says whether it is a terminal; Java 17 gives none. */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** A severity's label, red for an error and yellow for a warning on a colour terminal. */
    String severity(String line, String label) {
        if (!colour) {
            return line;
        }
        String colourCode = label.equals("error") ? RED : YELLOW;
        return line.replaceFirst(": " + label + ": ", ": " + colourCode + label + RESET + ": ");
    }

    /** A progress line on standard error, redrawn at most five times a second; a run shorter than that shows none. */
    Progress progress(PrintStream err) {
        return new Progress(interactive, err);
    }

    static final class Progress implements io.github.digestlint.engine.Linter.Progress {
        private final boolean shown;
        private final PrintStream err;
        private final long started = System.nanoTime();
        private final AtomicLong lastDrawn = new AtomicLong(started);
        private volatile boolean drawn;

        Progress(boolean shown, PrintStream err) {
            this.shown = shown;
            this.err = err;
        }

        @Override
        public void checked(int done, int total) {
            if (!shown) {
                return;
            }
            long now = System.nanoTime();
            long last = lastDrawn.get();
            if (now - last >= PROGRESS_NANOS && lastDrawn.compareAndSet(last, now)) {
                synchronized (this) {
                    err.print("\rchecked " + done + " of " + total + " posts");
                    err.flush();
                    drawn = true;
                }
            }
        }

        /** Clears the line, so that the findings start on a clean one. */
        synchronized void done() {
            if (drawn) {
                err.print("\r\u001B[K");
                err.flush();
            }
        }
    }
}
