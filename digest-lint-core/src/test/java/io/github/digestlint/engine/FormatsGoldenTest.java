package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.config.ConfigurationLoader;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rules.BuiltInRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sample blog for each preset besides the built-in one, in {@code src/test/resources/formats},
 * written for these tests, checked with its {@code .digest-lint.yml} and its findings pinned in
 * {@code expected-findings.txt}, reviewed by hand: the first post of each is well formed and has no
 * finding; the others hold the defects each format is prone to (a missing summary or label, a cut
 * off summary, a link line to the wrong page or with a version, a gap in the numbering, a file name
 * without its weekday).
 */
class FormatsGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"hf-papers", "hf-papers-bold", "hf-papers-zh"})
    void findsExactlyTheSampleBlogsDefects(String preset) throws Exception {
        Path blog = Path.of(FormatsGoldenTest.class.getClassLoader().getResource("formats/" + preset).toURI());

        LintResult result = new Linter(ConfigurationLoader.load(blog.resolve(".digest-lint.yml"), ".digest-lint.yml",
                BuiltInRules.all())).lint(blog, PostFiles.find(blog.resolve("_posts"), List.of(), List.of()));

        assertThat(result.kinds()).containsExactly(preset);
        assertThat(result.findings()).extracting(Finding::format)
                .containsExactlyElementsOf(Files.readAllLines(blog.resolve("expected-findings.txt")));
    }
}
