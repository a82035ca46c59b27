package io.github.digestlint.rules.content;

/** How messages quote a piece of a sentence. */
final class Excerpts {

    /** Code points shown of the end of a long text. */
    private static final int LENGTH = 20;
    /** Code points shown of the start of a long text: enough to recognise a fragment of markup. */
    private static final int START_LENGTH = 40;

    private Excerpts() {
    }

    /** The text's last chars, after an ellipsis when some are left out: {@code '…성능을 향상시키며'}. */
    static String end(String text) {
        int count = text.codePointCount(0, text.length());
        if (count <= LENGTH) {
            return "'" + text + "'";
        }
        return "'…" + text.substring(text.offsetByCodePoints(0, count - LENGTH)) + "'";
    }

    /** The text's first chars, before an ellipsis when some are left out: {@code 'class="flex items-center…'}. */
    static String start(String text) {
        int count = text.codePointCount(0, text.length());
        if (count <= START_LENGTH) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, text.offsetByCodePoints(0, START_LENGTH)) + "…'";
    }
}
