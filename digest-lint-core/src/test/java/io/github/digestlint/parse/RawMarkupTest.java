package io.github.digestlint.parse;

import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.model.Heading;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.RawHtml;
import io.github.digestlint.source.Span;
import org.junit.jupiter.api.Test;

/** The parse keeps where raw HTML and code are written, for the rules about what the renderer hides. */
class RawMarkupTest {

    private static Post post(String body) {
        return parse("_posts/2025-09-26-notes.md", GOOD_FRONT_MATTER + body);
    }

    private static String written(Post post, Span span) {
        return post.source().text().substring(span.start(), span.end());
    }

    @Test
    void keepsInlineAndBlockHtmlButNotTagsInCode() {
        Post post = post("# <Plan>Title</Plan>\n\nthe model emits <Step> and `<Final>`.\n\n<div class=\"x\">\n</div>\n\n"
                + "```\n<Code>\n```\n");

        assertThat(post.html()).extracting(html -> written(post, html.span()))
                .containsExactly("<Plan>", "</Plan>", "<Step>", "<div class=\"x\">\n</div>");
        assertThat(post.html()).extracting(RawHtml::block).containsExactly(false, false, false, true);
        assertThat(post.code()).extracting(span -> written(post, span))
                .containsExactly("`<Final>`", "```\n<Code>\n```");
        assertThat(post.isCode(post.source().text().indexOf("<Final>"))).isTrue();
        assertThat(post.isCode(post.source().text().indexOf("<Step>"))).isFalse();
    }

    @Test
    void startsTheBodyAfterTheFrontMatterAndMapsAHeadingsText() {
        Post post = post("# A *b* c\n");
        Heading heading = post.headings().get(0);

        assertThat(post.bodyStart()).isEqualTo(GOOD_FRONT_MATTER.length());
        assertThat(heading.text()).isEqualTo("A b c");
        assertThat(written(post, heading.source(2, 3))).isEqualTo("b");
        assertThat(parse("_posts/2025-09-26-notes.md", "no front matter\n").bodyStart()).isZero();
    }
}
