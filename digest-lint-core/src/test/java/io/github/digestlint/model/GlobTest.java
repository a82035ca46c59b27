package io.github.digestlint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest
    @CsvSource({
        "**/*.md, a.md, true",
        "**/*.md, 2025/a.md, true",
        "**/*.md, a.markdown, false",
        "**/*.md, a.md/b, false",
        "**/*.md, .md, true",
        "**/*.md, md, false",
        "**/*.md, A.MD, false",
        "drafts/**, drafts/x/a.md, true",
        "drafts/**, a.md, false",
        "*.md, 2025/a.md, false",
        "**/*daily-papers*, _posts/2025-09-26-daily-papers.md, true",
        "**/*daily-papers*, _posts/daily-papers/2025-09-26-x.md, false",
        "2025/**/*.md, 2025/a.md, true",
        "2025/**/*.md, 2025/09/26/a.md, true",
        "2025/**/*.md, 2026/a.md, false",
        "?.md, a.md, true",
        "?.md, ab.md, false",
        "*.MD, a.md, false",
        "a+b (1).md, a+b (1).md, true",
        "'**/*.{md,markdown}', a.markdown, true",
        "'**/*.{md,markdown}', a.mkd, false",
        "2025-0[1-9]-*.md, 2025-07-01-a.md, true",
        "2025-0[!1-9]-*.md, 2025-07-01-a.md, false",
        "a[.md, a[.md, true",
        "'a{b.md', 'a{b.md', true"})
    void matchesLikeAntPatterns(String pattern, String path, boolean matches) {
        assertThat(new Glob(pattern).matches(path)).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource({"**/*.md, 2025/A.MD, true", "**/*.md, a.Md, true", "**/*.md, a.mdx, false"})
    void canIgnoreTheCaseOfLetters(String pattern, String path, boolean matches) {
        assertThat(Glob.ignoringCase(pattern).matches(path)).isEqualTo(matches);
    }

    @Test
    void matchesANameWithALineBreakAsAnyOther() {
        assertThat(new Glob("**/*.md").matches("a\nb/x.md")).isTrue();
        assertThat(new Glob("**/*.{md,markdown}").matches("a\nb/x.md")).isTrue();
        assertThat(new Glob("a?b/*.md").matches("a\nb/x.md")).isTrue();
    }

    @Test
    void saysWhatIsWrongWithASetThatIsNotOne() {
        assertThatThrownBy(() -> new Glob("2025-[9-0]*.md")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the pattern '2025-[9-0]*.md' is not valid: Illegal character range in its set of"
                        + " characters in [ ]");
    }
}
