package io.github.digestlint.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads docs/rules.md and holds it to the code: every rule is documented with its metadata, and
 * every example, run through the linter, does what the page says.
 */
class RulesDocumentationTest {

    private static final Pattern EXAMPLE = Pattern.compile("markdown (fails|passes) (\\S+)");
    private static final Pattern TABLE_ROW = Pattern.compile("\\|\\s*(error|warning)\\s*\\|\\s*(yes|no)\\s*\\|");

    /** One rule's section of the page. */
    private record Documented(String id, String table, String description, List<FencedCodeBlock> examples) {
    }

    @Test
    void documentsEveryRuleWithItsMetadata() throws IOException {
        Map<String, Documented> documented = read();

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(
                BuiltInRules.metadata().stream().map(RuleMetadata::id).toList());
        for (RuleMetadata rule : BuiltInRules.metadata()) {
            Documented section = documented.get(rule.id());
            Matcher row = TABLE_ROW.matcher(section.table());
            assertThat(row.find()).as("table of %s", rule.id()).isTrue();
            assertThat(row.group(1)).as("severity of %s", rule.id()).isEqualTo(rule.defaultSeverity().label());
            assertThat(row.group(2)).as("fixable of %s", rule.id()).isEqualTo(rule.fixable() ? "yes" : "no");
            assertThat(section.description()).as("description of %s", rule.id()).isEqualTo(rule.description());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleDoesWhatThePageSays() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Documented section : read().values()) {
            for (String verdict : List.of("fails", "passes")) {
                // The examples of one verdict form one blog, so that the rules across posts see them together.
                Map<String, String> blog = new LinkedHashMap<>();
                for (FencedCodeBlock example : section.examples()) {
                    Matcher info = EXAMPLE.matcher(example.getInfo());
                    if (info.matches() && info.group(1).equals(verdict)) {
                        blog.put(info.group(2), example.getLiteral().replace("\\0", "\0"));
                    }
                }
                if (!blog.isEmpty()) {
                    tests.add(DynamicTest.dynamicTest(section.id() + " " + verdict, () -> {
                        List<String> findings = Lint.findings(blog);
                        if (verdict.equals("fails")) {
                            assertThat(findings).isNotEmpty()
                                    .allMatch(line -> line.endsWith(" [" + section.id() + "]"));
                        } else {
                            assertThat(findings).isEmpty();
                        }
                    }));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(2 * BuiltInRules.all().size());
        return tests.stream();
    }

    private static Map<String, Documented> read() throws IOException {
        Path page = Path.of(System.getProperty("digestlint.rulesDoc", "../docs/rules.md"));
        Node document = Parser.builder().build().parse(Files.readString(page));
        Map<String, Documented> sections = new LinkedHashMap<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 3 && heading.getFirstChild() instanceof Code id) {
                Paragraph table = (Paragraph) heading.getNext();
                Paragraph description = (Paragraph) table.getNext();
                List<FencedCodeBlock> examples = new ArrayList<>();
                for (Node next = description.getNext(); next != null && !(next instanceof Heading);
                        next = next.getNext()) {
                    if (next instanceof FencedCodeBlock block) {
                        examples.add(block);
                    }
                }
                sections.put(id.getLiteral(), new Documented(id.getLiteral(), text(table), text(description),
                        examples));
            }
        }
        return sections;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (child instanceof Code code) {
                text.append('`').append(code.getLiteral()).append('`');
            } else {
                text.append(child instanceof Paragraph ? "" : " ");
            }
        }
        return text.toString().strip();
    }
}
