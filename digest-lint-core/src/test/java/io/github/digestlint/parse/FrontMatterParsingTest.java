package io.github.digestlint.parse;

import static io.github.digestlint.Lint.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.model.FrontMatter;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.YamlMapping;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.model.YamlSequence;
import io.github.digestlint.source.Position;
import org.junit.jupiter.api.Test;

class FrontMatterParsingTest {

    private static final String POST = """
            ---
            layout: post
            title: Daily Papers — 2025-09-07"
            date: 2025-09-07 08:15:00
            tags: [papers, hugginface]
            categories: []
            ---

            # 1. Entry
            """;

    @Test
    void keepsEachScalarsValueTypeAndRawTextWithItsPlaceInThePost() {
        Post post = parse("_posts/a.md", POST);
        YamlScalar title = post.data().orElseThrow().scalar("title").orElseThrow();
        YamlScalar date = post.data().orElseThrow().scalar("date").orElseThrow();

        assertThat(title.value()).isEqualTo("Daily Papers — 2025-09-07\"");
        assertThat(title.raw()).isEqualTo("Daily Papers — 2025-09-07\"");
        assertThat(title.type()).isEqualTo(YamlScalar.Type.STRING);
        assertThat(title.style()).isEqualTo(YamlScalar.Style.PLAIN);
        assertThat(post.source().position(title.span().start())).isEqualTo(new Position(3, 8));
        assertThat(date.type()).isEqualTo(YamlScalar.Type.TIMESTAMP);
        assertThat(post.data().orElseThrow().get("tags")).containsInstanceOf(YamlSequence.class);
    }

    @Test
    void keepsTheRawTextOfAQuotedScalar() {
        Post post = parse("_posts/a.md", "---\ntitle: \"Daily \\\"Papers\\\"\"\n---\n");
        YamlScalar title = post.data().orElseThrow().scalar("title").orElseThrow();

        assertThat(title.value()).isEqualTo("Daily \"Papers\"");
        assertThat(title.raw()).isEqualTo("\"Daily \\\"Papers\\\"\"");
        assertThat(title.style()).isEqualTo(YamlScalar.Style.DOUBLE_QUOTED);
    }

    /** Both are kept, to be reported; the value is the last, as Jekyll reads it. */
    @Test
    void keepsDuplicateKeysInOrder() {
        Post post = parse("_posts/a.md", "---\ntitle: one\ntitle: two\n---\n");

        YamlMapping data = post.data().orElseThrow();
        assertThat(data.entries()).hasSize(2);
        assertThat(data.scalar("title").orElseThrow().value()).isEqualTo("two");
    }

    @Test
    void locatesAYamlSyntaxErrorInThePost() {
        Post post = parse("_posts/a.md", "---\nlayout: post\ntitle: \"Daily Papers\ndate: 2025-09-07\n---\n");

        FrontMatter.Problem problem = post.frontMatter().orElseThrow().problem().orElseThrow();
        assertThat(post.data()).isEmpty();
        assertThat(problem.message()).startsWith("front matter is not valid YAML: found unexpected end of stream")
                .contains("started at line 3, column 8");
        assertThat(post.source().position(problem.offset()).line()).isEqualTo(5);
    }

    @Test
    void readsAnEmptyBlockAsNoKeys() {
        Post post = parse("_posts/a.md", "---\n---\nbody\n");

        assertThat(post.data().orElseThrow().entries()).isEmpty();
    }

    @Test
    void acceptsJekyllsDotsAsTheClosingDelimiter() {
        Post post = parse("_posts/a.md", "---\nlayout: post\n...\nbody\n");

        assertThat(post.frontMatter().orElseThrow().isClosed()).isTrue();
        assertThat(post.data().orElseThrow().scalar("layout")).isPresent();
    }

    @Test
    void reportsABlockThatIsNeverClosed() {
        Post post = parse("_posts/a.md", "---\nlayout: post\n\n# 1. Entry\n");

        assertThat(post.frontMatter().orElseThrow().isClosed()).isFalse();
        assertThat(post.frontMatter().orElseThrow().problem().orElseThrow().message()).contains("never closed");
    }

    @Test
    void refusesGlobalTagsInsteadOfConstructingObjects() {
        Post post = parse("_posts/a.md", "---\ntitle: !!java.lang.Object x\n---\n");

        assertThat(post.frontMatter().orElseThrow().problem().orElseThrow().message())
                .isEqualTo("front matter is not valid YAML: Global tag is not allowed: tag:yaml.org,2002:java.lang.Object");
    }

    @Test
    void keepsALocalTagAsAnInertLabel() {
        Post post = parse("_posts/a.md", "---\ntitle: !custom x\n---\n");

        YamlScalar title = post.data().orElseThrow().scalar("title").orElseThrow();
        assertThat(title.type()).isEqualTo(YamlScalar.Type.OTHER);
        assertThat(title.value()).isEqualTo("x");
    }

    @Test
    void convertsSharedAliasesOnceSoThatAnAliasBombStaysSmall() {
        StringBuilder yaml = new StringBuilder("---\na0: &a0 [x, x]\n");
        for (int level = 1; level <= 30; level++) {
            yaml.append("a").append(level).append(": &a").append(level)
                    .append(" [*a").append(level - 1).append(", *a").append(level - 1).append("]\n");
        }
        Post post = parse("_posts/a.md", yaml.append("---\n").toString());

        // 30 levels of doubling would be a billion nodes if aliases were expanded.
        assertThat(post.frontMatter().orElseThrow().problem().orElseThrow().message())
                .contains("Number of aliases for non-scalar nodes exceeds the specified max=50");
    }

    @Test
    void reportsAnAliasThatContainsItself() {
        Post post = parse("_posts/a.md", "---\nlist: &a [1, *a]\n---\n");

        assertThat(post.frontMatter().orElseThrow().problem().orElseThrow().message())
                .isEqualTo("front matter cannot be read: an alias refers to the list or mapping it stands in");
    }

    @Test
    void reportsFrontMatterThatIsNotAMapping() {
        Post post = parse("_posts/a.md", "---\n- a\n- b\n---\n");

        assertThat(post.frontMatter().orElseThrow().problem().orElseThrow().message())
                .isEqualTo("front matter must be a set of 'key: value' lines, but it is a list");
    }

    @Test
    void findsNoFrontMatterWhenLineOneIsNotADelimiter() {
        assertThat(parse("_posts/a.md", "\n---\nlayout: post\n---\n").frontMatter()).isEmpty();
        assertThat(parse("_posts/a.md", "").frontMatter()).isEmpty();
    }
}
