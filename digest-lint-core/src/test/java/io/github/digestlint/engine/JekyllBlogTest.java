package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A blog of posts that Jekyll accepts and renders as written, and that follow no digest format, in
 * {@code src/test/resources/jekyll-blog}: a weekly report whose front matter's day differs from its
 * file name's, a file name without zeros in its day, tags and categories written as text, a date
 * without a time and a quoted one with an offset, an empty front matter. A default run finds nothing.
 */
class JekyllBlogTest {

    @Test
    void findsNothingOnPostsThatJekyllAccepts() throws Exception {
        Path blog = Path.of(resource("jekyll-blog"));

        LintResult result = new Linter(Lint.DEFAULTS).lint(blog, PostFiles.find(blog.resolve("_posts"), List.of(),
                List.of()));

        assertThat(result.postsChecked()).isEqualTo(4);
        assertThat(result.findings()).isEmpty();
        assertThat(result.kinds()).isEmpty();
    }

    private static URI resource(String name) throws URISyntaxException {
        return JekyllBlogTest.class.getClassLoader().getResource(name).toURI();
    }
}
