package io.github.digestlint.rules.blog;

import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The same text in several entries, of one post or of several, each a small blog in, the findings out. */
class RepeatedSummaryRuleTest {

    /** What a failed scrape leaves: the same fragment of a page, its numbers aside. */
    private static final String SCRAPED = "이 논문의 요약을 불러오지 못하였다. 서버가 오류 코드 %d를 반환하였으므로 잠시 후 다시 요청하여야"
            + " 요약을 확인할 수 있다.";
    private static final String ADVICE = "; a failed generation or scrape repeats one text instead of summarising"
            + " each paper, so write this entry's own summary [repeated-summary]";

    /**
     * A digest of the day whose entries' Methods are these texts; its other sections are too short
     * to count. Entry {@code n}'s heading is on line {@code 9 + 21 (n - 1)}, its prose (the Goal
     * bullet) on line {@code 14 + 21 (n - 1)}.
     */
    private static String digest(String day, int firstPaper, String... methods) {
        StringBuilder post = new StringBuilder(GOOD_FRONT_MATTER.replace("2025-09-26", day));
        for (int i = 0; i < methods.length; i++) {
            String paper = "2509." + (21100 + firstPaper + i);
            post.append("\n# ").append(i + 1).append(". [Paper ").append(paper).append("](https://arxiv.org/abs/")
                    .append(paper).append(")\n\n> [Alphaxiv](https://www.alphaxiv.org/ko/overview/").append(paper)
                    .append(")\n\n## Introduction\n- Goal: 목표이다.\n- Motivation: 동기이다.\n- Contribution: 기여이다.\n")
                    .append("\n## Method\n").append(methods[i]).append("\n\n## Results\n결과이다.\n\n## Limitations\n")
                    .append("한계이다.\n\n## Conclusion\n결론이다.\n");
        }
        return post.toString();
    }

    private static String path(String day) {
        return "_posts/" + day + "-daily-papers.md";
    }

    private static String own(int number) {
        return "방법 " + number + "은 각 입력을 제어점의 열로 표현하고 자기회귀 모델로 차례로 생성하는 방식이다.";
    }

    private static List<String> check(Map<String, String> blog) throws IOException {
        return findings(blog).stream().filter(line -> line.endsWith(" [repeated-summary]")).toList();
    }

    @Test
    void reportsEachEntryOfAPostThatRepeatsAnotherNamingTheOthers() throws IOException {
        String post = digest("2025-09-26", 0, SCRAPED.formatted(429), own(2), SCRAPED.formatted(503));

        assertThat(check(Map.of(path("2025-09-26"), post))).containsExactly(
                path("2025-09-26") + ":14:3: error: entry 1 has the same text as entry 3" + ADVICE,
                path("2025-09-26") + ":56:3: error: entry 3 has the same text as entry 1" + ADVICE);
    }

    @Test
    void takesTextsThatDifferInCaseSpacingPunctuationAndNumbersAsTheSame() throws IOException {
        String post = digest("2025-09-26", 0,
                "We could not retrieve the summary of paper 2509.21100 at this time. Please try again later.",
                "we could NOT retrieve the summary of paper 2509.21101,  at this time -- please try again later!");

        assertThat(check(Map.of(path("2025-09-26"), post))).containsExactly(
                path("2025-09-26") + ":14:3: error: entry 1 has the same text as entry 2" + ADVICE,
                path("2025-09-26") + ":35:3: error: entry 2 has the same text as entry 1" + ADVICE);
    }

    @Test
    void reportsAPostThatRepeatsAnEarlierPostsEntriesAtBothNamingThePostAndItsDay() throws IOException {
        Map<String, String> blog = Map.of(
                path("2025-09-25"), digest("2025-09-25", 0, own(1), SCRAPED.formatted(429)),
                path("2025-09-26"), digest("2025-09-26", 10, SCRAPED.formatted(429), own(2)));

        assertThat(check(blog)).containsExactly(
                path("2025-09-25") + ":35:3: error: entry 2 has the same text as entry 1 of " + path("2025-09-26")
                        + " (2025-09-26)" + ADVICE,
                path("2025-09-26") + ":14:3: error: entry 1 has the same text as entry 2 of " + path("2025-09-25")
                        + " (2025-09-25)" + ADVICE);
    }

    /**
     * Weeks of failed scrapes: every entry of every post holds one text. Each finding names the
     * entries of its own post first, then a few more, and counts the rest, so that the output grows
     * with the entries, not with the square of the repeats.
     */
    @Test
    void namesAFewOtherEntriesAndCountsTheRest() throws IOException {
        Map<String, String> blog = new TreeMap<>();
        for (int day = 21; day <= 25; day++) {
            blog.put(path("2025-09-" + day), digest("2025-09-" + day, day * 2, SCRAPED.formatted(day),
                    SCRAPED.formatted(day)));
        }

        List<String> findings = check(blog);

        assertThat(findings).hasSize(10).startsWith(
                path("2025-09-21") + ":14:3: error: entry 1 has the same text as entry 2, entry 1 of "
                        + path("2025-09-22") + " (2025-09-22), entry 2 of " + path("2025-09-22")
                        + " (2025-09-22) and 6 more entries" + ADVICE,
                path("2025-09-21") + ":35:3: error: entry 2 has the same text as entry 1, entry 1 of "
                        + path("2025-09-22") + " (2025-09-22), entry 2 of " + path("2025-09-22")
                        + " (2025-09-22) and 6 more entries" + ADVICE);
        assertThat(findings.get(9)).isEqualTo(path("2025-09-25") + ":35:3: error: entry 2 has the same text as"
                + " entry 1, entry 1 of " + path("2025-09-21") + " (2025-09-21), entry 2 of " + path("2025-09-21")
                + " (2025-09-21) and 6 more entries" + ADVICE);
    }

    @Test
    void leavesShortTextsAndPlaceholdersAlone() throws IOException {
        String placeholders = digest("2025-09-26", 0, "정보 부족", "정보 부족", "TBD").replace("목표이다.", "정보 부족")
                .replace("결과이다.", "정보 부족").replace("한계이다.", "N/A");
        Map<String, String> blog = Map.of(
                path("2025-09-25"), digest("2025-09-25", 10, "방법이다.", "방법이다."),
                path("2025-09-26"), placeholders);

        assertThat(check(blog)).isEmpty();
    }

    /** A paper summarised again in the same words is duplicate-paper's (or duplicate-entry's) to report. */
    @Test
    void leavesTheSamePaperInTheSameWordsToTheDuplicateRules() throws IOException {
        Map<String, String> blog = Map.of(
                path("2025-09-25"), digest("2025-09-25", 0, own(1)),
                path("2025-09-26"), digest("2025-09-26", 0, own(1)));

        assertThat(check(blog)).isEmpty();
        assertThat(findings(blog)).anyMatch(line -> line.endsWith("[duplicate-paper]"));
    }

    /** Entries are compared whole: two that share one sentence, or differ in one word, each say their own. */
    @Test
    void leavesEntriesThatDifferAlone() throws IOException {
        String shared = "모든 실험은 공개된 벤치마크에서 동일한 설정으로 수행되었으며 결과는 세 번의 평균이다. ";
        String post = digest("2025-09-26", 0, shared + own(1), shared + own(2).replace("자기회귀", "확산"), own(3),
                own(3).replace("방식", "방법"));

        assertThat(check(Map.of(path("2025-09-26"), post))).isEmpty();
    }
}
