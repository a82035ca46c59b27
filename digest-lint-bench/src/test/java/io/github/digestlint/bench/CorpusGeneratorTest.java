package io.github.digestlint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.digestlint.bench.CorpusGenerator.GeneratedPost;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final int POSTS = 100;
    private static final Pattern ENTRY_HEADING =
            Pattern.compile("# (\\d+)\\. .*\\(https://arxiv\\.org/abs/([\\d.]+)\\)");
    private static final Pattern ALPHAXIV_ID = Pattern.compile("alphaxiv\\.org/\\w+/overview/([\\d.]+)");
    private static final DateTimeFormatter YYMM = DateTimeFormatter.ofPattern("yyMM");

    private static FindingsProfile published;
    private static FindingsProfile generated;

    @BeforeAll
    static void lintBoth(@TempDir Path blog) throws IOException {
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(blog.resolve("_posts"), POSTS);
        generated = FindingsProfile.of(blog.resolve("_posts"));
        published = FindingsProfile.ofFixtures();
    }

    @Test
    void sameSeedGivesTheSameBytes() {
        assertThat(new CorpusGenerator(42).posts(20)).isEqualTo(new CorpusGenerator(42).posts(20));
    }

    @Test
    void anotherSeedGivesOtherPosts() {
        assertThat(new CorpusGenerator(43).posts(20)).isNotEqualTo(new CorpusGenerator(42).posts(20));
    }

    @Test
    void aSmallBlogIsTheStartOfALargerOne() {
        assertThat(new CorpusGenerator(42).posts(30)).startsWith(new CorpusGenerator(42).posts(7).toArray(
                GeneratedPost[]::new));
    }

    @Test
    void postsAreDatedOnConsecutiveDaysInNameTitleAndDate() {
        List<GeneratedPost> posts = new CorpusGenerator(7).posts(40);
        for (int index = 0; index < posts.size(); index++) {
            String day = CorpusGenerator.FIRST_DAY.plusDays(index).toString();
            assertThat(posts.get(index).fileName()).isEqualTo(day + "-daily-papers.md");
            assertThat(posts.get(index).text()).contains("Daily Papers — " + day).contains("date: " + day + " ");
        }
    }

    /** The worst case for the rules across posts: few papers, each in many posts, none twice in one. */
    @Test
    void aBlogOfFewPapersRepeatsThemAcrossPostsButNeverWithinOne() {
        Set<String> blog = new HashSet<>();
        for (GeneratedPost post : new CorpusGenerator(7, 42).posts(40)) {
            List<String> ids = new ArrayList<>();
            String[] entries = post.text().split("\n(?=# \\d+\\. )");
            for (int number = 1; number < entries.length; number++) {
                Matcher heading = ENTRY_HEADING.matcher(entries[number]);
                assertThat(heading.lookingAt()).as(entries[number]).isTrue();
                ids.add(heading.group(2));
            }
            assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.startsWith("1501."));
            blog.addAll(ids);
        }
        assertThat(blog).hasSize(42);
    }

    @Test
    void entriesAreNumberedFromOneWithIdsOfThePostMonthInLinkAndAlphaxivLine() {
        for (GeneratedPost post : new CorpusGenerator(7).posts(40)) {
            String yymm = YYMM.format(LocalDate.parse(post.fileName().substring(0, "YYYY-MM-DD".length())));
            String[] entries = post.text().split("\n(?=# \\d+\\. )");
            assertThat(entries).hasSizeGreaterThan(2);
            for (int number = 1; number < entries.length; number++) {
                Matcher heading = ENTRY_HEADING.matcher(entries[number]);
                assertThat(heading.lookingAt()).as(entries[number]).isTrue();
                assertThat(heading.group(1)).isEqualTo(String.valueOf(number));
                assertThat(heading.group(2)).startsWith(yymm + ".");
                Matcher alphaxiv = ALPHAXIV_ID.matcher(entries[number]);
                if (alphaxiv.find()) {
                    assertThat(alphaxiv.group(1)).isEqualTo(heading.group(2));
                }
            }
        }
    }

    /** As in a blog of distinct papers, which repeated-summary must not find in one another. */
    @Test
    void noTwoEntriesOfTheBlogHaveTheSameText() {
        Set<String> texts = new HashSet<>();
        int entries = 0;
        for (GeneratedPost post : new CorpusGenerator(7).posts(40)) {
            String[] parts = post.text().split("\n(?=# \\d+\\. )");
            for (int number = 1; number < parts.length; number++) {
                // The text below the heading and the Alphaxiv line, which the rewriting makes unique anyway.
                texts.add(parts[number].lines().filter(line -> !line.startsWith("#") && !line.startsWith(">"))
                        .toList().toString());
                entries++;
            }
        }
        assertThat(texts).hasSize(entries);
    }

    @Test
    void postsAreAbout20KilobytesEach() {
        List<Integer> sizes = new CorpusGenerator(7).posts(POSTS).stream().map(post -> post.bytes().length).toList();
        assertThat(sizes.stream().mapToInt(Integer::intValue).average().orElseThrow()).isCloseTo(20_000,
                within(1_000.0));
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(17_000, 23_000));
    }

    @Test
    void rewritingAddsNoKindOfFindingAndTheSameShareOfPostsHasEachKind() {
        assertThat(generated.findings().keySet()).isEqualTo(published.findings().keySet());
        for (String rule : published.findings().keySet()) {
            assertThat(generated.percentOfPosts(rule)).as(rule).isCloseTo(published.percentOfPosts(rule),
                    within(10.0));
        }
    }
}
