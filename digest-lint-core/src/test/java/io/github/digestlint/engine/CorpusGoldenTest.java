package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.rule.Diagnostic;
import io.github.digestlint.rules.BuiltInRules;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The complete findings on the five published posts in {@code src/test/resources/corpus}, reviewed
 * by hand against FORMAT.md: only the 2025-09-07 post breaks a front matter rule, with the stray
 * quote at the end of its title.
 */
class CorpusGoldenTest {

    @Test
    void findsExactlyTheKnownDefects() throws Exception {
        Path blog = corpus();

        LintResult result = new Linter(Configuration.DEFAULT, BuiltInRules.all())
                .lint(blog, PostFiles.find(blog.resolve("_posts"), List.of("**/*.md"), List.of()));

        assertThat(result.postsChecked()).isEqualTo(5);
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "_posts/2025-09-07-daily-papers.md:3:8: error: title has a closing quote but no opening quote:"
                        + " Daily Papers — 2025-09-07\"; expected \"Daily Papers — 2025-09-07\" [title-quotes]");
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(CorpusGoldenTest.class.getResource("/corpus").toURI());
    }
}
