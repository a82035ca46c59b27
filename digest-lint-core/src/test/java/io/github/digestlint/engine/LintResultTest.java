package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.Position;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintResultTest {

    private static final Path REPOSITORY = Path.of("/repository");
    private static final Path BLOG = REPOSITORY.resolve("site");

    @Test
    void namesPostsFromAnotherFolderAndKeepsTheRest() {
        Finding quote = new Finding("title-quotes", Severity.ERROR, "_posts/2025-09-26-a.md", new Position(3, 8),
                new Position(3, 9), "title has a stray quote", List.of());
        Finding outside = quote.withPath("/elsewhere/2025-09-27-b.md");
        LintResult result = new LintResult(List.of(quote, outside), List.of("_posts/2025-09-26-a.md"), 1, 0,
                List.of("daily-papers"));

        LintResult fromRoot = result.withPathsRelativeTo(BLOG, REPOSITORY);

        assertThat(fromRoot.findings()).extracting(Finding::path)
                .containsExactly("/elsewhere/2025-09-27-b.md", "site/_posts/2025-09-26-a.md");
        assertThat(fromRoot.findings().get(1)).isEqualTo(quote.withPath("site/_posts/2025-09-26-a.md"));
        assertThat(fromRoot.posts()).containsExactly("site/_posts/2025-09-26-a.md");
        assertThat(fromRoot.summary()).isEqualTo(result.summary());
    }
}
