package io.github.digestlint.rules.content;

import static io.github.digestlint.Lint.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.model.Post;
import io.github.digestlint.rules.content.Passage.PieceSentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The splitter on every section of the five published posts, which keep the sentence contract:
 * three sentences in each Method, one everywhere else, each ending in {@code 다.}, except the
 * {@code 정보 부족} placeholders. Their sentences hold decimals, versions, arrows, brackets and
 * quotes, and their Methods are written as one paragraph, as lines with hard breaks, or as bullets.
 */
class SentencesOnTheCorpusTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-09-07-daily-papers.md", "2025-09-26-daily-papers.md", "2025-10-08-daily-papers.md",
        "2025-12-17-daily-papers.md", "2025-12-22-daily-papers.md"})
    void findsThreeSentencesInEachMethodAndOneElsewhere(String file) throws IOException {
        Post post = parse("_posts/" + file, read(file));
        List<Passage> passages = Passage.of(post);

        assertThat(passages).isNotEmpty().allSatisfy(passage -> {
            List<PieceSentence> sentences = passage.sentences();
            assertThat(sentences).as(passage.where()).hasSize(passage.name().equals("Method") ? 3 : 1);
            if (!Placeholders.DEFAULT.matches(passage.text())) {
                assertThat(sentences).as(passage.where()).allSatisfy(sentence -> assertThat(sentence.text())
                        .endsWith("다."));
            }
        });
    }

    private static String read(String file) throws IOException {
        try (InputStream in = SentencesOnTheCorpusTest.class.getResourceAsStream("/corpus/_posts/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
