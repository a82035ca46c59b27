package io.github.digestlint.rules.rendering;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.BodyNode;
import io.github.digestlint.model.Heading;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.TextOffsets;
import io.github.digestlint.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text a reader sees: a heading, or a paragraph in a list, a quote or on its own, read out of the
 * post by the parser with where each of its chars is written.
 *
 * @param text the text as the page shows it, without markup
 * @param offsets where each char of {@code text} is written
 * @param span where the heading or paragraph is written, markers included
 * @param heading whether it is a heading, which reads as a whole rather than in sentences
 */
record Prose(String text, TextOffsets offsets, Span span, boolean heading) {

    /** A quote longer than this is cut around the place it is about. */
    private static final int MAX_QUOTE = 160;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** Every heading and paragraph of the body, in order. */
    static List<Prose> of(Post post) {
        List<Prose> prose = new ArrayList<>();
        for (BodyNode node : post.body()) {
            if (node instanceof Heading heading) {
                prose.add(new Prose(heading.text(), heading.textOffsets(), heading.span(), true));
            } else {
                add((Block) node, prose);
            }
        }
        return prose;
    }

    private static void add(Block block, List<Prose> prose) {
        switch (block.kind()) {
            case PARAGRAPH -> prose.add(new Prose(block.text(), block.textOffsets(), block.span(), false));
            case BULLET_LIST, ORDERED_LIST, LIST_ITEM, BLOCK_QUOTE ->
                    block.children().forEach(child -> add(child, prose));
            default -> {
                // Code is shown as written, HTML blocks are not Markdown, and a thematic break has no text.
            }
        }
    }

    /** The heading or paragraph written around the offset, found among them in order of place. */
    static Optional<Prose> around(List<Prose> prose, int offset) {
        int low = 0;
        int high = prose.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Span span = prose.get(middle).span();
            if (offset < span.start()) {
                high = middle - 1;
            } else if (offset >= span.end()) {
                low = middle + 1;
            } else {
                return Optional.of(prose.get(middle));
            }
        }
        return Optional.empty();
    }

    Span source(int from, int to) {
        return offsets.span(from, to);
    }

    /** The index of the first char written at or past the offset; the text's length when none is. */
    int indexAt(int offset) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (offsets.offset(middle) < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Whether the chars from {@code from} to {@code to} stand in the post as the reader sees them: not
     * inside code, not escaped by a backslash, not written as an entity. Only such chars can be markup.
     */
    boolean writtenAsIs(Post post, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!writtenAsIs(post, i)) {
                return false;
            }
        }
        return true;
    }

    private boolean writtenAsIs(Post post, int index) {
        int offset = offsets.offset(index);
        String written = post.source().text();
        return written.charAt(offset) == text.charAt(index) && !isEscaped(written, offset) && !post.isCode(offset);
    }

    /** Whether an odd number of backslashes stands before the offset: {@code \*} is escaped, {@code \\*} is not. */
    private static boolean isEscaped(String written, int offset) {
        int backslashes = 0;
        while (offset - backslashes > 0 && written.charAt(offset - backslashes - 1) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /**
     * The sentence around the index as the reader sees it: a heading whole, a paragraph from the
     * sentence end or line break before the index to the one after it, cut down to a readable length.
     */
    String sentence(int index) {
        return sentence(index, index, index);
    }

    /**
     * The sentence around the index as {@link #sentence(int)} gives it, without the chars from
     * {@code hiddenFrom} to {@code hiddenTo}, which the page does not show. Only a stretch of
     * text around the index is read, so that a quote costs the same in a paragraph of any length.
     */
    String sentence(int index, int hiddenFrom, int hiddenTo) {
        int start = Math.max(0, index - MAX_QUOTE);
        int end = Math.min(text.length(), Math.max(index, hiddenTo) + MAX_QUOTE);
        boolean cutBefore = start > 0;
        boolean cutAfter = end < text.length();
        if (!heading) {
            for (int i = Math.min(index, text.length()) - 1; i >= start; i--) {
                if (text.charAt(i) == '\n' || endsSentence(text, i)) {
                    start = i + 1;
                    cutBefore = false;
                    break;
                }
            }
            for (int i = Math.max(index, hiddenTo); i < end; i++) {
                if (text.charAt(i) == '\n' || endsSentence(text, i)) {
                    end = text.charAt(i) == '\n' ? i : i + 1;
                    cutAfter = false;
                    break;
                }
            }
        }
        StringBuilder shown = new StringBuilder(text.substring(start, Math.max(start, Math.min(hiddenFrom, end))));
        shown.append(text, Math.max(start, Math.min(hiddenTo, end)), end);
        // The browser shows a run of white space as one space.
        String sentence = WHITE_SPACE.matcher(shown.toString().strip()).replaceAll(" ");
        int middle = Math.min(sentence.length(), Math.max(0, index - start));
        if (sentence.length() > MAX_QUOTE) {
            int from = Math.max(0, Math.min(middle - MAX_QUOTE / 2, sentence.length() - MAX_QUOTE));
            cutBefore |= from > 0;
            cutAfter |= from + MAX_QUOTE < sentence.length();
            sentence = sentence.substring(from, from + MAX_QUOTE);
        }
        return (cutBefore ? "…" : "") + sentence + (cutAfter ? "…" : "");
    }

    /** A text a message quotes, cut short when long. */
    static String cut(String quoted) {
        return quoted.length() <= MAX_QUOTE ? quoted : quoted.substring(0, MAX_QUOTE) + "…";
    }

    private static boolean endsSentence(String text, int at) {
        char c = text.charAt(at);
        return (c == '.' || c == '!' || c == '?')
                && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }
}
