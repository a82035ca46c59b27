package io.github.digestlint.rules.shared;

/** How rules name and tidy runs of spaces and tabs in their messages. */
public final class Whitespace {

    private Whitespace() {
    }

    /** Whether a character is a space or a tab, the blanks Markdown allows within a line. */
    public static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Names a run of blanks as a blogger would: "a space", "3 spaces", "a tab", "2 spaces and tabs". */
    public static String describe(String run) {
        boolean tabs = run.indexOf('\t') >= 0;
        boolean spaces = run.indexOf(' ') >= 0;
        if (tabs && spaces) {
            return run.length() + " spaces and tabs";
        }
        String unit = tabs ? "tab" : "space";
        return run.length() == 1 ? "a " + unit : run.length() + " " + unit + "s";
    }

    /** The text without blanks at its ends and with every run of blanks inside as one space. */
    public static String collapse(String text) {
        return text.strip().replaceAll("[ \\t]+", " ");
    }
}
