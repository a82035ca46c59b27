package io.github.digestlint.parse;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.Section;
import io.github.digestlint.source.Position;
import org.junit.jupiter.api.Test;

class DigestParsingTest {

    private static final String DIGEST = GOOD_FRONT_MATTER + """

            # 1. [CHARM:   Anime Hair](https://arxiv.org/abs/2509.21114)

            > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

            ## Introduction
            - Goal: 목표이다.
            - Motivation: 동기이다.

            ## Method  
            첫 문장이다.
            둘째 문장이다.

            ## 3. [Second](https://arxiv.org/abs/2509.21278)

            ## Results
            결과이다.
            """;

    @Test
    void readsEntriesWithTheirNumberLinkAlphaxivLineAndSections() {
        Post post = parse(DIGEST_PATH, DIGEST);

        assertThat(post.kind()).isPresent();
        assertThat(post.entries()).hasSize(2);
        Entry first = post.entries().get(0);
        assertThat(first.number()).hasValue(1);
        assertThat(first.heading().level()).isEqualTo(1);
        assertThat(first.link().orElseThrow().text()).isEqualTo("CHARM:   Anime Hair");
        assertThat(first.link().orElseThrow().destination()).isEqualTo("https://arxiv.org/abs/2509.21114");
        assertThat(post.source().position(first.link().orElseThrow().destinationSpan().start()))
                .isEqualTo(new Position(9, 28));
        assertThat(first.paper()).hasValueSatisfying(paper -> assertThat(paper).hasToString("2509.21114"));
        assertThat(first.alphaxivLinks()).singleElement()
                .satisfies(link -> assertThat(link.destination()).endsWith("/ko/overview/2509.21114"));
        assertThat(first.sections()).extracting(Section::name).containsExactly("Introduction", "Method");
        Section introduction = first.sections().get(0);
        assertThat(introduction.blocks()).singleElement().satisfies(list -> {
            assertThat(list.kind()).isEqualTo(Block.Kind.BULLET_LIST);
            assertThat(list.children()).extracting(Block::text)
                    .containsExactly("Goal: 목표이다.", "Motivation: 동기이다.");
        });
        assertThat(first.sections().get(1).blocks()).extracting(Block::text)
                .containsExactly("첫 문장이다. 둘째 문장이다.");
    }

    @Test
    void takesANumberedHeadingAtAnotherLevelAsAnEntry() {
        Entry second = parse(DIGEST_PATH, DIGEST).entries().get(1);

        assertThat(second.heading().level()).isEqualTo(2);
        assertThat(second.number()).hasValue(3);
        assertThat(second.sections()).extracting(Section::name).containsExactly("Results");
    }

    @Test
    void locatesHeadingsInThePost() {
        Post post = parse(DIGEST_PATH, DIGEST);

        assertThat(post.source().position(post.headings().get(2).span().start())).isEqualTo(new Position(17, 1));
        assertThat(post.source().slice(post.headings().get(2).span())).startsWith("## Method");
    }

    @Test
    void findsNoEntriesInAPostNoKindSelects() {
        Post post = parse("_posts/2025-09-26-my-trip.md", "---\ntitle: My trip\n---\n# 1. Day one\n");

        assertThat(post.kind()).isEmpty();
        assertThat(post.entries()).isEmpty();
        assertThat(post.headings()).hasSize(1);
    }

    @Test
    void selectsADigestByItsTitleWhenTheFileNameDoesNotSay() {
        Post post = parse("_posts/2025-09-26-today.md", "---\ntitle: \"Daily Papers — 2025-09-26\"\n---\n# 1. x\n");

        assertThat(post.kind()).isPresent();
        assertThat(post.entries()).hasSize(1);
    }
}
