package io.github.digestlint.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.config.ConfigurationLoader;
import io.github.digestlint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every {@code .digest-lint.yml} the configuration pages show is one the loader takes as it is. */
class ConfigurationDocumentationTest {

    private static final List<String> PAGES = List.of("configuration.md", "formats.md");

    @TestFactory
    Stream<DynamicTest> everyExampleFileIsValid() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String page : PAGES) {
            List<String> examples = yamlBlocks(Files.readString(Path.of("..", "docs", page)));
            assertThat(examples).as("the YAML examples of docs/%s", page).isNotEmpty();
            for (int i = 0; i < examples.size(); i++) {
                String example = examples.get(i);
                tests.add(DynamicTest.dynamicTest(page + " example " + (i + 1), () -> ConfigurationLoader.parse(
                        ".digest-lint.yml", example.getBytes(StandardCharsets.UTF_8), BuiltInRules.all())));
            }
        }
        return tests.stream();
    }

    private static List<String> yamlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if (block.getInfo().equals("yaml")) {
                    blocks.add(block.getLiteral());
                }
            }
        });
        return blocks;
    }
}
