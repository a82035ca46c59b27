package io.github.digestlint.parse;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.BodyNode;
import io.github.digestlint.model.Heading;
import io.github.digestlint.model.Link;
import io.github.digestlint.model.RawHtml;
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
import org.commonmark.node.HtmlInline;
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

    /**
     * A body read out of its tree.
     *
     * @param nodes the headings and top-level blocks, in order
     * @param html the raw HTML, inline and in blocks, in order
     * @param code where code spans and code blocks are written, in order
     */
    record Parsed(List<BodyNode> nodes, List<RawHtml> html, List<Span> code) {
    }

    static Parsed parse(SourceText source, int bodyOffset) {
        return new BodyParser(source, bodyOffset).parse();
    }

    private Parsed parse() {
        Node document = PARSER.parse(source.text().substring(bodyOffset));
        List<RawHtml> html = new ArrayList<>();
        List<Span> code = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                html.add(new RawHtml(node.getLiteral(), span(node), false));
            }

            @Override
            public void visit(HtmlBlock node) {
                html.add(new RawHtml(node.getLiteral(), span(node), true));
            }

            @Override
            public void visit(Code node) {
                code.add(span(node));
            }

            @Override
            public void visit(FencedCodeBlock node) {
                code.add(span(node));
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                code.add(span(node));
            }
        });
        List<BodyNode> parts = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Heading heading) {
                Visible visible = visible(heading);
                parts.add(new Heading(heading.getLevel(), visible.text(), span(heading), visible.links(),
                        visible.offsets()));
            } else {
                Block block = block(node);
                if (block != null) {
                    parts.add(block);
                }
            }
        }
        return new Parsed(parts, html, code);
    }

    /** Converts a block node; a node without content of its own (a link definition) is dropped. */
    private Block block(Node node) {
        Block.Kind kind = kind(node);
        if (kind == null) {
            return null;
        }
        if (!isContainer(node)) {
            Visible visible = visible(node);
            return new Block(kind, span(node), visible.text(), visible.offsets(), visible.links(), List.of(),
                    visible.verbatim());
        }
        // A container's text is its children's, joined: each node's text is read out of the tree once,
        // however deep the lists and quotes that hold it.
        List<Block> children = new ArrayList<>();
        Joined joined = new Joined(span(node).start());
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            Block block = block(child);
            if (block != null) {
                children.add(block);
                joined.add(new Visible(block.text(), block.textOffsets(), block.links(), block.verbatim()));
            } else {
                joined.add(visible(child));
            }
        }
        Visible visible = joined.visible();
        return new Block(kind, span(node), visible.text(), visible.offsets(), visible.links(), children,
                visible.verbatim());
    }

    private static Block.Kind kind(Node node) {
        if (node instanceof Paragraph) {
            return Block.Kind.PARAGRAPH;
        } else if (node instanceof BulletList) {
            return Block.Kind.BULLET_LIST;
        } else if (node instanceof OrderedList) {
            return Block.Kind.ORDERED_LIST;
        } else if (node instanceof ListItem) {
            return Block.Kind.LIST_ITEM;
        } else if (node instanceof BlockQuote) {
            return Block.Kind.BLOCK_QUOTE;
        } else if (node instanceof FencedCodeBlock) {
            return Block.Kind.FENCED_CODE;
        } else if (node instanceof IndentedCodeBlock) {
            return Block.Kind.INDENTED_CODE;
        } else if (node instanceof HtmlBlock) {
            return Block.Kind.HTML;
        } else if (node instanceof ThematicBreak) {
            return Block.Kind.THEMATIC_BREAK;
        }
        return null;
    }

    private static boolean isContainer(Node node) {
        return node instanceof BulletList || node instanceof OrderedList || node instanceof ListItem
                || node instanceof BlockQuote;
    }

    private Span span(Node node) {
        return span(node, bodyOffset);
    }

    /** Where a node is written; one the source does not hold is taken to stand at {@code unwritten}. */
    private Span span(Node node, int unwritten) {
        // Each call of getSourceSpans makes a list.
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return Span.at(unwritten);
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return new Span(bodyOffset + first.getInputIndex(), bodyOffset + last.getInputIndex() + last.getLength());
    }

    private Link link(org.commonmark.node.Link node, String text) {
        Span span = span(node);
        String raw = source.slice(span);
        String destination = node.getDestination();
        // The destination is written after the link text; search from the end so a title that
        // quotes the URL does not mislead.
        int at = raw.lastIndexOf(destination);
        Span destinationSpan = at < 0 || destination.isEmpty()
                ? span : new Span(span.start() + at, span.start() + at + destination.length());
        return new Link(text, destination, span, destinationSpan);
    }

    /**
     * The text a reader sees in a node that holds no blocks to convert, literal text and code with
     * line breaks as spaces or newlines, where each of its chars is written, and its links.
     */
    private Visible visible(Node node) {
        VisibleText text = new VisibleText(span(node));
        List<Link> links = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral(), node);
            }

            @Override
            public void visit(Code node) {
                text.appendVerbatim(node.getLiteral(), node);
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
            public void visit(org.commonmark.node.Link node) {
                int start = text.length();
                visitChildren(node);
                links.add(link(node, text.substring(start).strip()));
            }

            @Override
            public void visit(FencedCodeBlock node) {
                text.appendVerbatim(node.getLiteral(), node);
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                text.appendVerbatim(node.getLiteral(), node);
            }

            @Override
            public void visit(HtmlBlock node) {
                text.appendVerbatim(node.getLiteral(), node);
            }
        });
        return text.stripped(links);
    }

    /** A node's text as a reader sees it, where each char is written, the links in it, and what is not prose. */
    private record Visible(String text, TextOffsets offsets, List<Link> links, List<Block.TextRange> verbatim) {
    }

    /**
     * The texts of a container's children, one per line: each is already stripped, so a line break
     * stands between every two that are not empty, where the first one ends.
     */
    private static final class Joined {
        private final List<Visible> children = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final int start;

        Joined(int start) {
            this.start = start;
        }

        void add(Visible child) {
            links.addAll(child.links());
            if (!child.text().isEmpty()) {
                children.add(child);
            }
        }

        Visible visible() {
            if (children.size() == 1) {
                // A list item of one paragraph, a list of one item: the text is the child's as it is.
                Visible only = children.get(0);
                return new Visible(only.text(), only.offsets(), links, only.verbatim());
            }
            String[] texts = new String[children.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = children.get(i).text();
            }
            // String.join sizes and fills the text once, in the coder its parts need.
            String text = String.join("\n", texts);
            int[] offsets = new int[text.length()];
            List<Block.TextRange> verbatim = new ArrayList<>();
            int at = 0;
            int end = start;
            for (Visible child : children) {
                if (at > 0) {
                    offsets[at++] = end;
                }
                for (Block.TextRange range : child.verbatim()) {
                    verbatim.add(new Block.TextRange(at + range.start(), at + range.end()));
                }
                int length = child.text().length();
                child.offsets().copyTo(offsets, at);
                at += length;
                end = child.offsets().offset(length);
            }
            return new Visible(text, TextOffsets.handedOver(offsets, 0, offsets.length, end), links, verbatim);
        }
    }

    /** A text being read out of the tree, with the offset in the post of each of its chars. */
    private final class VisibleText {
        // Chars rather than a StringBuilder, which would copy itself to widen on the first Hangul char.
        private char[] text;
        private int length;
        private int[] offsets;
        /** Just past the last char placed in the source: where a line break is taken to stand. */
        private int next;
        /** The parts of the text that are not prose, before the text is stripped. */
        private final List<Block.TextRange> verbatim = new ArrayList<>();

        /** A text read out of a node written at {@code span}: it is about as long as the span. */
        VisibleText(Span span) {
            int capacity = Math.max(16, span.length());
            text = new char[capacity];
            offsets = new int[capacity];
            next = span.start();
        }

        /**
         * Adds a node's literal. Its source span also holds what the reader does not see (the
         * backticks around code, the backslash of an escape, an entity's name), so each char is
         * looked for from where the previous one was found, unless the literal is written as is.
         */
        void append(String literal, Node node) {
            Span span = span(node, next);
            String written = source.text();
            int from = span.start();
            if (literal.length() <= span.length() && written.startsWith(literal, from)) {
                appendAsWritten(literal, from);
                return;
            }
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

        /** Adds the literal of code or HTML, which a reader does not read as prose. */
        void appendVerbatim(String literal, Node node) {
            int start = length;
            append(literal, node);
            if (length > start) {
                verbatim.add(new Block.TextRange(start, length));
            }
        }

        private void appendAsWritten(String literal, int from) {
            ensureCapacity(length + literal.length());
            literal.getChars(0, literal.length(), text, length);
            for (int i = 0; i < literal.length(); i++) {
                offsets[length++] = from + i;
            }
            next = from + literal.length();
        }

        void appendBreak(char c) {
            add(c, next);
        }

        boolean isEmpty() {
            return length == 0;
        }

        int length() {
            return length;
        }

        String substring(int start) {
            return new String(text, start, length - start);
        }

        boolean endsWithNewline() {
            return text[length - 1] == '\n';
        }

        private void add(char c, int offset) {
            ensureCapacity(length + 1);
            // Every char stands on a char of the post, so that the span of a char ends inside the post: one
            // that is nowhere in the source (commonmark reads NUL as U+FFFD) may have been placed past the last.
            offsets[length] = Math.min(offset, source.length() - 1);
            text[length++] = c;
            // A line break after the post's last char stands at its end, still an offset in the post.
            next = Math.min(offset + 1, source.length());
        }

        private void ensureCapacity(int needed) {
            if (needed > text.length) {
                int capacity = Math.max(needed, text.length * 2);
                text = Arrays.copyOf(text, capacity);
                offsets = Arrays.copyOf(offsets, capacity);
            }
        }

        /** The text without white space at its ends, as a reader sees it, and the links read with it. */
        Visible stripped(List<Link> links) {
            int start = 0;
            int end = length;
            while (start < end && Character.isWhitespace(text[start])) {
                start++;
            }
            while (end > start && Character.isWhitespace(text[end - 1])) {
                end--;
            }
            int textEnd = end > start ? offsets[end - 1] + 1 : next;
            List<Block.TextRange> kept = new ArrayList<>(verbatim.size());
            for (Block.TextRange range : verbatim) {
                int from = Math.max(range.start(), start);
                int to = Math.min(range.end(), end);
                if (from < to) {
                    kept.add(new Block.TextRange(from - start, to - start));
                }
            }
            return new Visible(new String(text, start, end - start),
                    TextOffsets.handedOver(offsets, start, end, textEnd), links, kept);
        }
    }
}
