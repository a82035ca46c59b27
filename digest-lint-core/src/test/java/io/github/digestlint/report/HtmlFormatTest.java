package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFormatTest {

    private static LintResult result;
    private static String html;
    private static Document page;

    @BeforeAll
    static void writeTheCorpusReport() throws Exception {
        Report report = ReportFixtures.corpusReport();
        result = report.result();
        html = ReportFixtures.write(new HtmlFormat(), report);
        page = Jsoup.parse(html);
    }

    @Test
    void showsTheTotalsOfTheConsoleSummary() {
        assertThat(page.selectFirst(".summary-line").text()).isEqualTo(result.summary());
        assertThat(total("errors")).isEqualTo(result.count(Severity.ERROR));
        assertThat(total("warnings")).isEqualTo(result.count(Severity.WARNING));
        assertThat(total("posts-checked")).isEqualTo(result.postsChecked());
        assertThat(total("posts-with-findings")).isEqualTo(result.postsWithFindings());
    }

    @Test
    void countsTheFindingsOfEachRule() {
        Elements rows = page.select("#rules-table tbody tr");

        assertThat(rows).extracting(row -> row.child(0).text()).containsExactlyElementsOf(
                result.findings().stream().map(Finding::ruleId).distinct().sorted().toList());
        Element titleWhitespace = rows.stream().filter(row -> row.child(0).text().equals("title-whitespace"))
                .findFirst().orElseThrow();
        assertThat(titleWhitespace.child(2).text()).as("errors").isEqualTo("0");
        assertThat(titleWhitespace.child(3).text()).as("warnings").isEqualTo(Long.toString(result.findings()
                .stream().filter(finding -> finding.ruleId().equals("title-whitespace")).count()));
    }

    @Test
    void listsEveryPostChecked() {
        Elements rows = page.select("#posts-table tbody tr");

        assertThat(rows).extracting(row -> row.child(0).text()).containsExactlyElementsOf(result.posts());
    }

    @Test
    void listsAPostWithoutFindingsAsPassing() throws Exception {
        String passing = "_posts/2025-09-26-daily-papers.md";
        Report report = ReportFixtures.withoutFindingsOf(passing, ReportFixtures.corpusReport());

        Document withPassingPost = Jsoup.parse(ReportFixtures.write(new HtmlFormat(), report));

        Elements passingRows = withPassingPost.select("#posts-table tr.passing");
        assertThat(passingRows).extracting(row -> row.child(0).text()).containsExactly(passing);
        assertThat(passingRows.get(0).selectFirst(".result").text()).isEqualTo("passes");
    }

    @Test
    void hasARowPerFindingWithTheLineItPointsAt() throws Exception {
        Elements rows = page.select("#findings-table tbody tr");
        assertThat(rows).hasSize(result.findings().size());

        Element titleQuotes = rows.get(0);
        assertThat(titleQuotes.child(0).text()).isEqualTo("_posts/2025-09-07-daily-papers.md");
        assertThat(titleQuotes.child(1).text()).as("line").isEqualTo("3");
        assertThat(titleQuotes.child(4).text()).as("rule").isEqualTo("title-quotes");
        assertThat(titleQuotes.selectFirst(".source code").wholeText())
                .isEqualTo(line("_posts/2025-09-07-daily-papers.md", 3));
        assertThat(titleQuotes.selectFirst(".source mark").wholeText()).startsWith("Daily Papers");
    }

    @Test
    void keepsTheRunsOfSpacesAFindingIsAbout() throws Exception {
        Element runOfSpaces = page.select("#findings-table tbody tr").stream()
                .filter(row -> row.child(4).text().equals("title-whitespace")).findFirst().orElseThrow();
        String path = runOfSpaces.child(0).text();
        int line = Integer.parseInt(runOfSpaces.child(1).text());

        assertThat(runOfSpaces.selectFirst(".source code").wholeText()).isEqualTo(line(path, line));
        assertThat(runOfSpaces.selectFirst(".source mark").wholeText()).isNotEmpty().isBlank();
    }

    @Test
    void showsNoSourceLineForAPostThatCannotBeRead(@TempDir Path empty) throws Exception {
        Report report = ReportFixtures.hostileReport(empty);

        Document withoutPosts = Jsoup.parse(ReportFixtures.write(new HtmlFormat(), report));

        Element source = withoutPosts.selectFirst("#findings-table tbody tr .source");
        assertThat(source.children()).isEmpty();
        assertThat(source.text()).isEmpty();
    }

    @Test
    void isSelfContainedWithInlineStyleAndScript() {
        assertThat(page.select("style")).hasSize(1).allSatisfy(style -> assertThat(style.data()).contains("table"));
        assertThat(page.select("script")).hasSize(1)
                .allSatisfy(script -> assertThat(script.data()).contains("addEventListener"));
        assertThat(page.select("[src], link")).isEmpty();
        assertThat(page.select("[href]")).allSatisfy(link -> assertThat(link.attr("href")).startsWith("#"));
        assertThat(html).doesNotContainPattern("(src|href)=\"?https?:");
    }

    @Test
    void canBeSorted() {
        assertThat(page.select("table.sortable thead th")).isNotEmpty();
    }

    @Test
    void marksEachFindingWithItsOwnPostAndRule() {
        Elements rows = page.select("#findings-table tbody tr");

        assertThat(rows).extracting(row -> row.attr("data-post"))
                .containsExactlyElementsOf(result.findings().stream().map(Finding::path).toList());
        assertThat(rows).extracting(row -> row.attr("data-rule"))
                .containsExactlyElementsOf(result.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void offersExactlyThePostsWithFindingsAfterAllPosts() throws Exception {
        String passing = "_posts/2025-09-26-daily-papers.md";
        Report report = ReportFixtures.withoutFindingsOf(passing, ReportFixtures.corpusReport());

        Document withPassingPost = Jsoup.parse(ReportFixtures.write(new HtmlFormat(), report));

        assertThat(options(withPassingPost, "#filter-post")).containsExactlyElementsOf(Stream.concat(Stream.of(""),
                report.result().posts().stream().filter(post -> !post.equals(passing))).toList());
        assertThat(withPassingPost.selectFirst("#filter-post option").text()).isEqualTo("all posts");
    }

    @Test
    void offersExactlyTheRulesWithFindingsAfterAllRules() {
        assertThat(options(page, "#filter-rule")).containsExactlyElementsOf(
                Stream.concat(Stream.of(""), rulesWithFindings().stream()).toList());
        assertThat(page.selectFirst("#filter-rule option").text()).isEqualTo("all rules");
    }

    @Test
    void searchesTheMessagesInATextBoxBesideTheChoosers() {
        assertThat(page.select(".filters #filter-text[type=search]")).hasSize(1);
        assertThat(page.select("#filter-status[role=status]")).hasSize(1);
    }

    @Test
    void letsEachRuleAndEachPostWithFindingsBeChosenFromTheSummaryTables() {
        assertThat(page.select("#rules-table a[data-rule]").eachAttr("data-rule"))
                .containsExactlyElementsOf(rulesWithFindings());
        assertThat(page.select("#posts-table a[data-post]").eachAttr("data-post"))
                .containsExactlyElementsOf(postsWithFindings());
    }

    /** In the order of the posts table: the order in which they were checked. */
    private static List<String> postsWithFindings() {
        return result.posts().stream()
                .filter(post -> result.findings().stream().anyMatch(finding -> finding.path().equals(post))).toList();
    }

    private static List<String> rulesWithFindings() {
        return result.findings().stream().map(Finding::ruleId).distinct().sorted().toList();
    }

    /** The values of the chooser's options, in order. */
    private static List<String> options(Document page, String chooser) {
        return page.select(chooser + " option").eachAttr("value");
    }

    private static long total(String name) {
        return Long.parseLong(page.selectFirst("#total-" + name + " .count").text());
    }

    private static String line(String path, int line) throws Exception {
        List<String> lines = Files.readAllLines(ReportFixtures.corpus().resolve(path));
        return lines.get(line - 1);
    }
}
