package io.github.digestlint.parse;

import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.Post;
import io.github.digestlint.source.Span;
import org.junit.jupiter.api.Test;

/** A block's text is what a reader sees, and each of its chars still knows where it is written. */
class BlockTextTest {

    private static Block first(String body) {
        Post post = parse("_posts/2025-09-26-notes.md", GOOD_FRONT_MATTER + body);
        return (Block) post.body().get(0);
    }

    /** Where the {@code index}th char of the block's text is written, as the source's text from there. */
    private static String writtenFrom(String body, Block block, int index) {
        Post post = parse("_posts/2025-09-26-notes.md", GOOD_FRONT_MATTER + body);
        return post.source().text().substring(block.source(index, index + 1).start());
    }

    @Test
    void mapsEachCharPastMarkupLinkTargetsEscapesAndEntities() {
        String body = "**굵게** [링크](https://example.com/a.b) \\* `코드` &amp; 끝.\n";
        Block paragraph = first(body);

        assertThat(paragraph.text()).isEqualTo("굵게 링크 * 코드 & 끝.");
        assertThat(writtenFrom(body, paragraph, 0)).startsWith("굵게**");
        assertThat(writtenFrom(body, paragraph, paragraph.text().indexOf('링'))).startsWith("링크](");
        assertThat(writtenFrom(body, paragraph, paragraph.text().indexOf('*'))).startsWith("* `");
        assertThat(writtenFrom(body, paragraph, paragraph.text().indexOf("코드"))).startsWith("코드`");
        assertThat(writtenFrom(body, paragraph, paragraph.text().indexOf('&'))).startsWith("&amp;");
        assertThat(writtenFrom(body, paragraph, paragraph.text().indexOf('끝'))).startsWith("끝.");
    }

    @Test
    void mapsTextAcrossLinesAndBreaks() {
        String body = "첫 줄이다.  \n  둘째 줄이다.\n셋째 줄이다.\n";
        Block paragraph = first(body);

        assertThat(paragraph.text()).isEqualTo("첫 줄이다.\n둘째 줄이다. 셋째 줄이다.");
        assertThat(writtenFrom(body, paragraph, paragraph.text().indexOf('둘'))).startsWith("둘째");
        assertThat(writtenFrom(body, paragraph, paragraph.text().indexOf('셋'))).startsWith("셋째");
        Span all = paragraph.source(0, paragraph.text().length());
        assertThat(all).isEqualTo(paragraph.span());
    }

    /**
     * Found by the fuzz test: commonmark reads a NUL as U+FFFD, which this text holds only at its
     * very end, so the paragraph's chars are placed there; the text still ends inside the post.
     */
    @Test
    void endsInsideThePostWhenItsCharsAreNotInTheSource() {
        String body = "\0가나다\uFFFD";
        Post post = parse("_posts/2025-09-26-notes.md", GOOD_FRONT_MATTER + body);
        Block paragraph = (Block) post.body().get(0);

        assertThat(paragraph.text()).isEqualTo("\uFFFD가나다\uFFFD");
        assertThat(paragraph.source(0, paragraph.text().length()).end()).isEqualTo(post.source().length());
    }

    @Test
    void marksInlineCodeAsVerbatim() {
        Block paragraph = first("  앞 `class=\"a\"` 뒤 ``b`` 끝.\n");

        assertThat(paragraph.text()).isEqualTo("앞 class=\"a\" 뒤 b 끝.");
        assertThat(paragraph.verbatim()).extracting(range -> paragraph.text().substring(range.start(), range.end()))
                .containsExactly("class=\"a\"", "b");
    }

    @Test
    void marksTheCodeAndHtmlBlocksOfAListItemAsVerbatimInItsText() {
        Block list = first("- 첫 `x` 항목이다.\n\n  ```\n  code\n  ```\n- 둘째다.\n\n  <div class=\"a\">\n  </div>\n");

        assertThat(list.text()).isEqualTo("첫 x 항목이다.\ncode\n둘째다.\n<div class=\"a\">\n</div>");
        assertThat(list.verbatim()).extracting(range -> list.text().substring(range.start(), range.end()))
                .containsExactly("x", "code", "<div class=\"a\">\n</div>");
        assertThat(list.children().get(0).verbatim())
                .extracting(range -> list.children().get(0).text().substring(range.start(), range.end()))
                .containsExactly("x", "code");
    }

    @Test
    void keepsTheBlocksOfAListItemAndAQuote() {
        Block list = first("- 항목이다.\n\n  ```\n  code\n  ```\n");
        Block quote = first("> 인용이다.\n");

        assertThat(list.children()).singleElement().satisfies(item -> assertThat(item.children())
                .extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.FENCED_CODE));
        assertThat(quote.children()).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH);
    }

    @Test
    void joinsTheBlocksOfAListOneToALineWhereverEachIsWritten() {
        String body = "- 첫 항목이다.\n\n  ```\n  code\n  ```\n- 둘째 [링크](https://example.com)다.\n  - 안쪽이다.\n";
        Block list = first(body);

        assertThat(list.text()).isEqualTo("첫 항목이다.\ncode\n둘째 링크다.\n안쪽이다.");
        assertThat(list.children()).extracting(Block::text).containsExactly("첫 항목이다.\ncode", "둘째 링크다.\n안쪽이다.");
        assertThat(list.links()).singleElement().satisfies(link -> assertThat(link.text()).isEqualTo("링크"));
        assertThat(writtenFrom(body, list, list.text().indexOf("code"))).startsWith("code\n  ```");
        assertThat(writtenFrom(body, list, list.text().indexOf("안쪽"))).startsWith("안쪽이다.");
        assertThat(list.source(0, list.text().length())).isEqualTo(new Span(list.span().start() + "- ".length(),
                list.span().end()));
    }
}
