package io.github.digestlint.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.rule.Rule;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rules.BuiltInRules;
import io.github.digestlint.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Reads docs/rules.md and holds it to the code: the table at its top lists every rule as its
 * metadata says, every rule is documented under its concern with its severity, fixable flag,
 * description and options, every rule has a failing and a passing example, and every example, run
 * through the linter, does what the page says.
 */
class RulesDocumentationTest {

    private static final Pattern EXAMPLE = Pattern.compile("markdown (fails|passes) (\\S+)");
    /** A configuration that the examples of a rule's section are run with, for a rule that checks what a kind sets. */
    private static final String CONFIGURATION = "yaml .digest-lint.yml";
    private static final Pattern TABLE_ROW = Pattern.compile("\\|\\s*(error|warning|off)\\s*\\|\\s*(yes|no)\\s*\\|");
    private static final String OPTIONS_TABLE = "| option | default |";
    private static final Pattern OPTION_ROW = Pattern.compile("\\| `([^`]+)` \\| `([^`]+)` \\|");

    /**
     * One rule's section of the page.
     *
     * @param concern the heading of the group the rule is under
     * @param options the rows of its options table, name to default
     */
    private record Documented(String id, String concern, String table, String description,
            Map<String, String> options, List<FencedCodeBlock> examples) {
    }

    @Test
    void opensWithATableOfEveryRule() throws IOException {
        StringBuilder table = new StringBuilder("""
                | rule | concern | default severity | fixable | what it finds |
                | --- | --- | --- | --- | --- |
                """);
        for (RuleMetadata rule : BuiltInRules.metadata()) {
            table.append("| [`").append(rule.id()).append("`](#").append(rule.id()).append(") | ")
                    .append(rule.concern().title()).append(" | ").append(rule.defaultSetting()).append(" | ")
                    .append(rule.fixable() ? "yes" : "no").append(" | ").append(markdown(rule.description())).append(" |\n");
        }

        assertThat(page()).as("the table of rules at the top of docs/rules.md").contains(table);
    }

    @Test
    void groupsEveryRuleUnderItsConcernWithItsOptions() throws IOException {
        Map<String, Documented> documented = read();

        for (RuleMetadata rule : BuiltInRules.metadata()) {
            Documented section = documented.get(rule.id());
            assertThat(section.concern()).as("concern of %s", rule.id()).isEqualTo(rule.concern().title());
            Map<String, String> options = new LinkedHashMap<>();
            rule.options().forEach(option -> options.put(option.name(), option.defaultValue()));
            assertThat(section.options()).as("options of %s", rule.id()).isEqualTo(options);
        }
    }

    @Test
    void showsEveryRuleFailingAndPassing() throws IOException {
        Map<String, Documented> documented = read();

        for (Rule rule : BuiltInRules.all()) {
            List<String> verdicts = documented.get(rule.metadata().id()).examples().stream()
                    .map(example -> EXAMPLE.matcher(example.getInfo())).filter(Matcher::matches)
                    .map(info -> info.group(1)).distinct().sorted().toList();
            assertThat(verdicts).as("examples of %s", rule.metadata().id()).containsExactly("fails", "passes");
        }
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
            assertThat(row.group(1)).as("severity of %s", rule.id()).isEqualTo(rule.defaultSetting());
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
                Optional<String> configuration = section.examples().stream()
                        .filter(example -> example.getInfo().equals(CONFIGURATION)).map(FencedCodeBlock::getLiteral)
                        .findFirst();
                if (!blog.isEmpty()) {
                    tests.add(DynamicTest.dynamicTest(section.id() + " " + verdict, () -> {
                        List<String> findings = Lint.findings(configuration.isPresent()
                                ? Lint.configuration(SourceText.of(configuration.get())) : Lint.DEFAULTS, blog);
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
        return tests.stream();
    }

    /** Text as Markdown writes it, so that brackets do not make a link nor a bar a new cell. */
    private static String markdown(String text) {
        return text.replaceAll("([\\[\\]|])", "\\\\$1");
    }

    private static String page() throws IOException {
        return Files.readString(Path.of(System.getProperty("digestlint.rulesDoc", "../docs/rules.md")));
    }

    private static Map<String, Documented> read() throws IOException {
        Node document = Parser.builder().build().parse(page());
        Map<String, Documented> sections = new LinkedHashMap<>();
        String concern = "";
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 2) {
                concern = text(heading);
            }
            if (node instanceof Heading heading && heading.getLevel() == 3 && heading.getFirstChild() instanceof Code id) {
                Paragraph table = (Paragraph) heading.getNext();
                Paragraph description = (Paragraph) table.getNext();
                Map<String, String> options = new LinkedHashMap<>();
                List<FencedCodeBlock> examples = new ArrayList<>();
                for (Node next = description.getNext(); next != null && !(next instanceof Heading);
                        next = next.getNext()) {
                    if (next instanceof FencedCodeBlock block) {
                        examples.add(block);
                    } else if (next instanceof Paragraph paragraph && text(paragraph).startsWith(OPTIONS_TABLE)) {
                        Matcher row = OPTION_ROW.matcher(text(paragraph));
                        while (row.find()) {
                            options.put(row.group(1), row.group(2));
                        }
                    }
                }
                sections.put(id.getLiteral(), new Documented(id.getLiteral(), concern, text(table), text(description),
                        options, examples));
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
