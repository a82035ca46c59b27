package io.github.digestlint.report;

import io.github.digestlint.rule.RuleMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The rules' documentation, docs/rules.md, which the build copies into the jar, so that a report
 * can give each rule its explanation and examples. Each rule has a section headed {@code ### `rule-id`}:
 * its severity table, then paragraphs that say what it finds and why, then its examples.
 */
final class RuleDocs {

    static final String RESOURCE = "/io/github/digestlint/docs/rules.md";

    /**
     * One rule's documentation.
     *
     * @param text what the rule finds and why, as plain text
     * @param markdown the section as written, explanation and examples, without its heading and table
     */
    record RuleDoc(String text, String markdown) {
    }

    private final Map<String, RuleDoc> byRuleId;

    private RuleDocs(Map<String, RuleDoc> byRuleId) {
        this.byRuleId = byRuleId;
    }

    /** Reads the copy in the jar. */
    static RuleDocs load() throws IOException {
        return parse(JarResource.read(RESOURCE));
    }

    static RuleDocs parse(String page) {
        Node document = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build().parse(page);
        Map<String, RuleDoc> byRuleId = new HashMap<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 3
                    && heading.getFirstChild() instanceof Code ruleId) {
                List<Node> body = body(heading);
                if (!body.isEmpty()) {
                    byRuleId.put(ruleId.getLiteral(),
                            new RuleDoc(explanation(body), source(page, body.get(0), body.get(body.size() - 1))));
                }
            }
        }
        return new RuleDocs(byRuleId);
    }

    /** The rule's documentation; a rule the page does not document is described by its one line. */
    RuleDoc of(RuleMetadata rule) {
        return byRuleId.getOrDefault(rule.id(), new RuleDoc(rule.description(), rule.description()));
    }

    /**
     * The section's blocks after its heading and severity table; reports state severity and
     * fixability themselves.
     */
    private static List<Node> body(Heading heading) {
        List<Node> blocks = new ArrayList<>();
        for (Node next = heading.getNext(); next != null && !(next instanceof Heading); next = next.getNext()) {
            blocks.add(next);
        }
        return blocks.subList(Math.min(1, blocks.size()), blocks.size());
    }

    /** The paragraphs before the examples; an example is a paragraph that introduces a code block. */
    private static String explanation(List<Node> blocks) {
        List<String> paragraphs = new ArrayList<>();
        for (Node block : blocks) {
            if (!(block instanceof Paragraph) || block.getNext() instanceof FencedCodeBlock) {
                break;
            }
            paragraphs.add(plainText(block));
        }
        return String.join("\n\n", paragraphs);
    }

    private static String source(String page, Node first, Node last) {
        List<SourceSpan> lastSpans = last.getSourceSpans();
        SourceSpan end = lastSpans.get(lastSpans.size() - 1);
        return page.substring(first.getSourceSpans().get(0).getInputIndex(), end.getInputIndex() + end.getLength());
    }

    /** A paragraph's text on one line, with code spans kept in backticks and links as their text. */
    private static String plainText(Node paragraph) {
        StringBuilder text = new StringBuilder();
        paragraph.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append('`').append(code.getLiteral()).append('`');
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append(' ');
            }
        });
        return text.toString();
    }
}
