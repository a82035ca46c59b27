package io.github.digestlint.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the text of a section into sentences, for every rule that counts or reads them.
 *
 * <p>A sentence ends at {@code .}, {@code ?} or {@code !}, with any closing quotes and brackets
 * after it ({@code (…이다.)}, {@code '…이다.'}), where white space or the end of the text follows; a
 * line break ends a sentence too. So a point inside a number ({@code 2.5배}, {@code 0.619→0.203},
 * {@code v2.5}) or a URL ({@code arxiv.org/abs/2509.21114}) never ends one. A point does not end a
 * sentence either after an abbreviation ({@code et al.}, {@code e.g.}, {@code vs.}, {@code Fig. 3},
 * {@code No. 1}) or an initial ({@code J. Smith}), and an ellipsis ({@code ...}, {@code …}) never
 * does: a text that stops there is unfinished.
 *
 * <p>Known limits: a sentence that really ends in an abbreviation or an initial ({@code … by
 * Smith et al. Then …}) runs on into the next; sentences written without a space between them
 * ({@code …이다.다음…}) are one; a number followed by a point and a space ({@code 1. 데이터}) ends a
 * sentence, as {@code v2. } does.
 */
final class Sentences {

    /**
     * One sentence of a text.
     *
     * @param start where its first char is
     * @param end just past its last char: the closing quote or bracket, the end mark, or the last
     *     char that is not white space when it has no end mark
     * @param finished whether it ends in {@code .}, {@code ?} or {@code !}
     */
    record Sentence(int start, int end, boolean finished) {

        String in(String text) {
            return text.substring(start, end);
        }
    }

    /** The marks that end a sentence, the full-width ones of Chinese and Japanese included. */
    static final String END_MARKS = ".?!。？！";
    /** What may stand after a sentence's end mark: closing quotes and brackets. */
    static final String CLOSERS = "\"'”’)]}」』》〉";
    private static final char ELLIPSIS = '…';
    /** Words whose point never ends a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("al", "e.g", "i.e", "vs", "cf", "viz", "approx",
            "resp", "incl", "dr", "mr", "mrs", "ms", "prof");
    /** Words whose point does not end a sentence when a number follows: {@code Fig. 3}, {@code No. 1}. */
    private static final Set<String> BEFORE_NUMBERS = Set.of("fig", "figs", "no", "nos", "eq", "eqs", "sec",
            "tab", "vol", "ch", "p", "pp", "ref", "refs");
    /** Initials run together, {@code U.S} or {@code J.R.R}, before the final point. */
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)*\\p{Lu}");

    private Sentences() {
    }

    /**
     * The text without any of some chars at its end. A loop rather than a regular expression such as
     * {@code [.?!]+$}, which is tried at every start in a long run of those chars and so costs the
     * square of the run's length.
     */
    static String stripEnd(String text, String chars) {
        return text.substring(0, endWithout(text, 0, text.length(), chars));
    }

    /** Where the text from {@code start} to {@code end} ends without any of some chars at its end. */
    static int endWithout(String text, int start, int end, String chars) {
        while (end > start && chars.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** The sentences of a text, in order; white space between them belongs to none. */
    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        int at = start;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                if (at > start) {
                    sentences.add(new Sentence(start, trimEnd(text, start, at), false));
                }
                start = skipSpace(text, at + 1);
                at = start;
            } else if (isEndMark(c)) {
                int marks = at;
                while (marks < text.length() && isEndMark(text.charAt(marks))) {
                    marks++;
                }
                int end = marks;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                // Chinese and Japanese put no space after a sentence.
                boolean followedBySpace = end == text.length() || Character.isWhitespace(text.charAt(end))
                        || isFullWidth(text.charAt(marks - 1));
                if (followedBySpace && endsSentence(text, at, marks, end)) {
                    sentences.add(new Sentence(start, end, true));
                    start = skipSpace(text, end);
                    at = start;
                } else {
                    at = marks;
                }
            } else {
                at++;
            }
        }
        if (start < text.length()) {
            sentences.add(new Sentence(start, trimEnd(text, start, text.length()), false));
        }
        return sentences;
    }

    /** Whether a char is one of {@link #END_MARKS}; asked of every char, so no search of that string. */
    private static boolean isEndMark(char c) {
        return c == '.' || c == '?' || c == '!' || isFullWidth(c);
    }

    private static boolean isFullWidth(char endMark) {
        return endMark == '。' || endMark == '？' || endMark == '！';
    }

    /**
     * Whether the end marks from {@code from} to {@code to}, followed by white space after
     * {@code after}, end a sentence: not an ellipsis, nor the point of an abbreviation or initial.
     */
    private static boolean endsSentence(String text, int from, int to, int after) {
        String marks = text.substring(from, to);
        if (isFullWidth(marks.charAt(marks.length() - 1))) {
            return true;
        }
        if (!marks.equals(".")) {
            // "?", "!", "?!" end a sentence; "..." is an ellipsis, and so is "…." or "…".
            return !marks.chars().allMatch(mark -> mark == '.');
        }
        if (from > 0 && text.charAt(from - 1) == ELLIPSIS) {
            return false;
        }
        if (from > 0 && isHangulSyllable(text.charAt(from - 1))) {
            // The common case, "…다.": no abbreviation or initial ends in Hangul.
            return true;
        }
        int wordStart = from;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1))
                || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, from);
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower) || INITIALS.matcher(word).matches() && isLatin(word)) {
            return false;
        }
        int next = skipSpace(text, after);
        return !(BEFORE_NUMBERS.contains(lower) && next < text.length() && Character.isDigit(text.charAt(next)));
    }

    private static boolean isHangulSyllable(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    private static boolean isLatin(String word) {
        return word.codePoints()
                .allMatch(c -> c == '.' || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private static int skipSpace(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
