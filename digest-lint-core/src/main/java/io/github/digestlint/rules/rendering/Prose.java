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
            case BULLET_LIST, ORDERED_LIST, LIST_ITEM, BLOCK_QUOTE -> block.children().forEach(child -> add(child, prose));
            default -> {
                // Code is shown as written, HTML blocks are not Markdown, and a thematic break has no text.
            }
        }
    }

    /** The heading or paragraph written around the offset. */
    static Optional<Prose> around(List<Prose> prose, int offset) {
        return prose.stream().filter(each -> each.span().start() <= offset && offset < each.span().end()).findFirst();
    }

    Span source(int from, int to) {
        return offsets.span(from, to);
    }

    /** The index of the first char written at or past the offset; the text's length when none is. */
    int indexAt(int offset) {
        int index = 0;
        while (index < text.length() && offsets.offset(index) < offset) {
            index++;
        }
        return index;
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
        return sentence(text, index);
    }

    /** @see #sentence(int) of a text that differs from {@link #text()} by what the page hides */
    String sentence(String shown, int index) {
        int start = 0;
        int end = shown.length();
        if (!heading) {
            for (int i = Math.min(index, shown.length()) - 1; i >= 0; i--) {
                if (shown.charAt(i) == '\n' || endsSentence(shown, i)) {
                    start = i + 1;
                    break;
                }
            }
            for (int i = Math.max(index, start); i < shown.length(); i++) {
                if (shown.charAt(i) == '\n') {
                    end = i;
                    break;
                }
                if (endsSentence(shown, i)) {
                    end = i + 1;
                    break;
                }
            }
        }
        // The browser shows a run of white space as one space.
        String sentence = WHITE_SPACE.matcher(shown.substring(start, end).strip()).replaceAll(" ");
        if (sentence.length() <= MAX_QUOTE) {
            return sentence;
        }
        int middle = Math.max(0, Math.min(index - start, sentence.length()));
        int from = Math.max(0, middle - MAX_QUOTE / 2);
        int to = Math.min(sentence.length(), from + MAX_QUOTE);
        return (from > 0 ? "…" : "") + sentence.substring(from, to) + (to < sentence.length() ? "…" : "");
    }

    private static boolean endsSentence(String text, int at) {
        char c = text.charAt(at);
        return (c == '.' || c == '!' || c == '?') && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }
}
