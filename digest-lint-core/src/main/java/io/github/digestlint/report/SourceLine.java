package io.github.digestlint.report;

/**
 * The line a finding starts on, as the post holds it, and the part of it the finding points at.
 *
 * @param text the line without its terminator
 * @param markStart where the finding starts in {@code text}, as a char index
 * @param markEnd where it ends on this line (the line's end when it goes on), never before {@code markStart}
 */
record SourceLine(String text, int markStart, int markEnd) {

    String beforeMark() {
        return text.substring(0, markStart);
    }

    String marked() {
        return text.substring(markStart, markEnd);
    }

    String afterMark() {
        return text.substring(markEnd);
    }
}
