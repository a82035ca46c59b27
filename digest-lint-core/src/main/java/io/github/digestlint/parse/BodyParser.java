package io.github.digestlint.parse;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.BodyNode;
import io.github.digestlint.model.Heading;
import io.github.digestlint.model.Link;
import io.github.digestlint.model.TextOffsets;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses a post's body with commonmark-java and reduces its tree to the model's blocks and
 * headings, with offsets into the whole post.
 */
final class BodyParser {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /**
     * How far past the previous char the next char of a literal is looked for. What stands between
     * two chars of a literal (an entity's name, an escape's backslash, a code span's backticks) is far
     * shorter; without the bound, a paragraph of entities, whose chars are nowhere in the source,
     * would be searched to its end once per char.
     */
    private static final int MAX_MARKUP = 1_000;

    private final SourceText source;
    private final int bodyOffset;

    private BodyParser(SourceText source, int bodyOffset) {
        this.source = source;
        this.bodyOffset = bodyOffset;
    }

    static List<BodyNode> parse(SourceText source, int bodyOffset) {
        return new BodyParser(source, bodyOffset).parse();
    }

    private List<BodyNode> parse() {
        Node document = PARSER.parse(source.text().substring(bodyOffset));
        List<BodyNode> parts = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Heading heading) {
                parts.add(new Heading(heading.getLevel(), visible(heading).text(), span(heading), links(heading)));
            } else {
                Block block = block(node);
                if (block != null) {
                    parts.add(block);
                }
            }
        }
        return parts;
    }

    /** Converts a block node; a node without content of its own (a link definition) is dropped. */
    private Block block(Node node) {
        Block.Kind kind;
        if (node instanceof Paragraph) {
            kind = Block.Kind.PARAGRAPH;
        } else if (node instanceof BulletList) {
            kind = Block.Kind.BULLET_LIST;
        } else if (node instanceof OrderedList) {
            kind = Block.Kind.ORDERED_LIST;
        } else if (node instanceof ListItem) {
            kind = Block.Kind.LIST_ITEM;
        } else if (node instanceof BlockQuote) {
            kind = Block.Kind.BLOCK_QUOTE;
        } else if (node instanceof FencedCodeBlock) {
            kind = Block.Kind.FENCED_CODE;
        } else if (node instanceof IndentedCodeBlock) {
            kind = Block.Kind.INDENTED_CODE;
        } else if (node instanceof HtmlBlock) {
            kind = Block.Kind.HTML;
        } else if (node instanceof ThematicBreak) {
            kind = Block.Kind.THEMATIC_BREAK;
        } else {
            return null;
        }
        List<Block> children = new ArrayList<>();
        if (node instanceof BulletList || node instanceof OrderedList || node instanceof ListItem
                || node instanceof BlockQuote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                Block block = block(child);
                if (block != null) {
                    children.add(block);
                }
            }
        }
        VisibleText text = visible(node);
        return new Block(kind, span(node), text.text(), text.offsets(), links(node), children);
    }

    private Span span(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return Span.at(bodyOffset);
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return new Span(bodyOffset + first.getInputIndex(), bodyOffset + last.getInputIndex() + last.getLength());
    }

    private List<Link> links(Node node) {
        List<Link> links = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Link link) {
                links.add(link(link));
                visitChildren(link);
            }
        });
        return links;
    }

    private Link link(org.commonmark.node.Link node) {
        Span span = span(node);
        String raw = source.slice(span);
        String destination = node.getDestination();
        // The destination is written after the link text; search from the end so a title that
        // quotes the URL does not mislead.
        int at = raw.lastIndexOf(destination);
        Span destinationSpan = at < 0 || destination.isEmpty()
                ? span : new Span(span.start() + at, span.start() + at + destination.length());
        return new Link(visible(node).text(), destination, span, destinationSpan);
    }

    /**
     * The text a reader sees, literal text and code with line breaks as spaces or newlines, and
     * where each of its chars is written.
     */
    private VisibleText visible(Node node) {
        VisibleText text = new VisibleText();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral(), node);
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral(), node);
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.appendBreak(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.appendBreak('\n');
            }

            @Override
            public void visit(Paragraph node) {
                if (!text.isEmpty() && !text.endsWithNewline()) {
                    text.appendBreak('\n');
                }
                visitChildren(node);
            }

            @Override
            public void visit(FencedCodeBlock node) {
                text.append(node.getLiteral(), node);
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                text.append(node.getLiteral(), node);
            }

            @Override
            public void visit(HtmlBlock node) {
                text.append(node.getLiteral(), node);
            }
        });
        return text.stripped();
    }

    /** A text being read out of the tree, with the offset in the post of each of its chars. */
    private final class VisibleText {
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[64];
        /** Just past the last char placed in the source: where a line break is taken to stand. */
        private int next = bodyOffset;

        /**
         * Adds a node's literal. Its source span also holds what the reader does not see (the
         * backticks around code, the backslash of an escape, an entity's name), so each char is
         * looked for from where the previous one was found.
         */
        void append(String literal, Node node) {
            Span span = node.getSourceSpans().isEmpty() ? Span.at(next) : span(node);
            String written = source.text();
            int from = span.start();
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                int limit = Math.min(span.end(), from + MAX_MARKUP);
                int found = from;
                while (found < limit && written.charAt(found) != c) {
                    found++;
                }
                if (found < limit) {
                    add(c, found);
                    from = found + 1;
                } else {
                    add(c, Math.min(from, span.end()));
                }
            }
        }

        void appendBreak(char c) {
            add(c, next);
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        boolean endsWithNewline() {
            return text.charAt(text.length() - 1) == '\n';
        }

        private void add(char c, int offset) {
            if (text.length() == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            // Every char stands on a char of the post, so that the span of a char ends inside the post: one
            // that is nowhere in the source (commonmark reads NUL as U+FFFD) may have been placed past the last.
            offsets[text.length()] = Math.min(offset, source.length() - 1);
            text.append(c);
            // A line break after the post's last char stands at its end, still an offset in the post.
            next = Math.min(offset + 1, source.length());
        }

        /** The text without white space at its ends, as a reader sees it. */
        VisibleText stripped() {
            int start = 0;
            int end = text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            VisibleText kept = new VisibleText();
            kept.text.append(text, start, end);
            kept.offsets = Arrays.copyOfRange(offsets, start, end);
            kept.next = end > start ? offsets[end - 1] + 1 : next;
            return kept;
        }

        String text() {
            return text.toString();
        }

        TextOffsets offsets() {
            return new TextOffsets(Arrays.copyOf(offsets, text.length()), next);
        }
    }
}
