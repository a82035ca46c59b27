package io.github.digestlint.rules.frontmatter;

import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterRuleTest {

    private static final String PATH = "_posts/2025-09-26-daily-papers.md";

    @Test
    void acceptsABlockOnLineOne() {
        assertThat(findings("front-matter", PATH, GOOD_FRONT_MATTER)).isEmpty();
    }

    @Test
    void reportsAPostWithoutFrontMatter() {
        assertThat(findings("front-matter", PATH, "# 1. [Title](https://arxiv.org/abs/2509.21114)\n")).containsExactly(
                PATH + ":1:1: error: post has no front matter; expected '---' on line 1, then 'layout', 'title',"
                        + " 'date', 'tags' and 'categories', then '---' [front-matter]");
    }

    @Test
    void reportsAnEmptyPost() {
        assertThat(findings("front-matter", PATH, "")).containsExactly(PATH + ":1:1: error: post is empty; expected"
                + " front matter starting with '---' on line 1, then the entries [front-matter]");
    }

    @Test
    void reportsFrontMatterBelowLineOne() {
        assertThat(findings("front-matter", PATH, "\n" + GOOD_FRONT_MATTER)).containsExactly(PATH + ":1:1: error:"
                + " front matter must start on line 1, but its '---' is on line 2; Jekyll renders this post without"
                + " its front matter [front-matter]");
    }

    @Test
    void reportsABlockThatIsNeverClosed() {
        assertThat(findings("front-matter", PATH, "---\nlayout: post\n")).containsExactly(PATH + ":1:1: error:"
                + " front matter opened on line 1 is never closed; expected a line '---' after the last key"
                + " [front-matter]");
    }

    @Test
    void reportsAYamlErrorWhereItIs() {
        String post = "---\nlayout: post\ntitle: Daily: Papers\n---\n";

        assertThat(findings("front-matter", PATH, post)).containsExactly(PATH + ":3:13: error: front matter is not"
                + " valid YAML: mapping values are not allowed here; put a value that holds ': ' in double quotes"
                + " [front-matter]");
    }
}
