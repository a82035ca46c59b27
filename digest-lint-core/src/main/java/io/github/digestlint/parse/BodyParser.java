package io.github.digestlint.parse;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.BodyNode;
import io.github.digestlint.model.Heading;
import io.github.digestlint.model.Link;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import java.util.ArrayList;
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
                parts.add(new Heading(heading.getLevel(), text(heading), span(heading), links(heading)));
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
        if (node instanceof BulletList || node instanceof OrderedList) {
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                children.add(block(item));
            }
        }
        return new Block(kind, span(node), text(node), links(node), children);
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
        return new Link(text(node), destination, span, destinationSpan);
    }

    /** The text a reader sees: literal text and code, line breaks as spaces or newlines. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(Paragraph node) {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
                visitChildren(node);
            }

            @Override
            public void visit(FencedCodeBlock node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(HtmlBlock node) {
                text.append(node.getLiteral());
            }
        });
        return text.toString().strip();
    }
}
