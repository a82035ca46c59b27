package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.BuiltInRules;
import io.github.digestlint.source.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's structure as written: what is as long as the rule set is HTML, the findings are JSON
 * that the script shows a page of posts at a time (its behaviour is {@link HtmlFormatBrowserTest}'s).
 */
class HtmlFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LintResult result;
    private static String html;
    private static Document page;
    private static JsonNode data;

    @BeforeAll
    static void writeTheCorpusReport() throws Exception {
        Report report = ReportFixtures.corpusReport();
        result = report.result();
        html = ReportFixtures.write(new HtmlFormat(), report);
        page = Jsoup.parse(html);
        data = data(page);
    }

    @Test
    void showsTheTotalsOfTheConsoleSummary() {
        assertThat(page.selectFirst(".summary-line").text()).isEqualTo(result.summary());
        assertThat(total("errors")).isEqualTo(result.count(Severity.ERROR));
        assertThat(total("warnings")).isEqualTo(result.count(Severity.WARNING));
        assertThat(total("fixable")).isEqualTo(result.findings().stream().filter(Finding::isFixable).count());
        assertThat(total("posts-checked")).isEqualTo(result.postsChecked());
        assertThat(total("posts-with-findings")).isEqualTo(result.postsWithFindings());
    }

    @Test
    void listsTheRulesErrorsFirstThenByCountWithHowManyFixRepairs() {
        Elements rows = page.select("#rules-table tbody tr");
        List<RuleTotals> totals = RuleTotals.of(result.findings());

        assertThat(page.select("#rules-table thead th").eachText())
                .containsExactly("Rule", "Description", "Errors", "Warnings", "Fixable", "Findings");
        assertThat(rows).extracting(row -> row.child(0).text())
                .containsExactlyElementsOf(totals.stream().map(RuleTotals::ruleId).toList());
        assertThat(rows).extracting(row -> List.of(row.child(2).text(), row.child(3).text(), row.child(4).text()))
                .containsExactlyElementsOf(totals.stream().map(total -> List.of(Long.toString(total.errors()),
                        Long.toString(total.warnings()), Long.toString(total.fixable()))).toList());
        assertThat(rows.get(0).child(2).text()).as("the corpus has errors, which come first").isNotEqualTo("0");
    }

    @Test
    void namesTheCommandThatRepairsTheFixableFindings() {
        long fixable = result.findings().stream().filter(Finding::isFixable).count();

        assertThat(fixable).as("fixable findings in the corpus").isPositive();
        assertThat(page.selectFirst("#fix-hint").text()).isEqualTo(
                fixable + " of these findings can be repaired automatically: run " + ReportFixtures.FIX_COMMAND + ".");
    }

    @Test
    void saysNothingOfFixWhenNothingIsFixable(@TempDir Path empty) throws Exception {
        Document withoutFixable = Jsoup.parse(ReportFixtures.write(new HtmlFormat(),
                ReportFixtures.hostileReport(empty)));

        assertThat(withoutFixable.select("#fix-hint")).isEmpty();
        assertThat(withoutFixable.selectFirst("#rules-table tbody tr").child(4).text()).isEqualTo("0");
    }

    @Test
    void linksEachRuleToItsDocumentationInThePage() throws Exception {
        RuleDocs docs = RuleDocs.load();

        for (Element row : page.select("#rules-table tbody tr")) {
            String rule = row.child(0).text();
            assertThat(row.selectFirst("a").attr("href")).isEqualTo("#rule-" + rule);
            Element section = page.getElementById("rule-" + rule);
            assertThat(section).as("the documentation of " + rule).isNotNull();
            assertThat(section.selectFirst("h3").text()).isEqualTo(rule);
            String firstParagraph = docs.of(BuiltInRules.metadata().stream()
                    .filter(metadata -> metadata.id().equals(rule)).findFirst().orElseThrow()).text().split("\n\n")[0];
            assertThat(section.text()).contains(firstParagraph);
        }
        assertThat(page.select("section.rule-doc")).hasSameSizeAs(page.select("#rules-table tbody tr"));
    }

    @Test
    void offersTheRulesInTheirOrderAndBothSeveritiesToChooseFrom() {
        assertThat(page.select("#filter-rule option").eachAttr("value")).containsExactlyElementsOf(
                concat("", RuleTotals.of(result.findings()).stream().map(RuleTotals::ruleId).toList()));
        assertThat(page.select("#filter-severity option").eachAttr("value")).containsExactly("", "error", "warning");
        assertThat(page.select(".filters #filter-text[type=search]")).hasSize(1);
        assertThat(page.select("#filter-status[role=status]")).hasSize(1);
        assertThat(page.select("#findings-table thead th").eachText())
                .containsExactly("Line", "Column", "Severity", "Rule", "Message", "Source line");
    }

    @Test
    void groupsTheFindingsByPostInTheirOrder() {
        List<String> rules = StreamSupport.stream(data.get("rules").spliterator(), false).map(JsonNode::asText)
                .toList();
        List<String> paths = new ArrayList<>();
        List<List<Object>> findings = new ArrayList<>();
        for (JsonNode post : data.get("posts")) {
            paths.add(post.get(0).asText());
            for (JsonNode finding : post.get(2)) {
                findings.add(List.of(post.get(0).asText(), finding.get(0).asInt(), finding.get(1).asInt(),
                        finding.get(2).asInt() == 0 ? "error" : "warning", rules.get(finding.get(3).asInt()),
                        finding.get(4).asInt() == 1, finding.get(5).asText()));
            }
        }

        assertThat(paths).containsExactlyElementsOf(result.findings().stream().map(Finding::path).distinct().toList());
        assertThat(findings).containsExactlyElementsOf(result.findings().stream().map(finding -> List.<Object>of(
                finding.path(), finding.start().line(), finding.start().column(), finding.severity().label(),
                finding.ruleId(), finding.isFixable(), finding.message())).toList());
    }

    @Test
    void namesEachPostOnce() {
        String post = "_posts/2025-10-08-daily-papers.md";

        assertThat(result.findings().stream().filter(finding -> finding.path().equals(post)).count())
                .as("findings of " + post).isGreaterThan(1);
        assertThat(Pattern.compile(Pattern.quote(post)).matcher(html).results().count())
                .as("mentions, no message naming it").isEqualTo(1);
    }

    @Test
    void writesEachSourceLineOnceWithTheSpanOfEachFinding() throws Exception {
        JsonNode post = data.get("posts").get(0);
        JsonNode titleQuotes = post.get(2).get(0);
        String path = post.get(0).asText();
        String line = post.get(1).get(titleQuotes.get(0).asText()).asText();

        assertThat(path).isEqualTo("_posts/2025-09-07-daily-papers.md");
        assertThat(data.get("rules").get(titleQuotes.get(3).asInt()).asText()).isEqualTo("title-quotes");
        assertThat(line).isEqualTo(line(path, 3));
        assertThat(line.substring(titleQuotes.get(6).asInt(), titleQuotes.get(7).asInt())).startsWith("Daily Papers");
        long findingsWithLines = StreamSupport.stream(post.get(2).spliterator(), false)
                .map(finding -> finding.get(0).asInt()).distinct().count();
        assertThat(post.get(1).size()).as("one line per line with findings").isEqualTo((int) findingsWithLines);
    }

    @Test
    void keepsTheRunsOfSpacesAFindingIsAbout() throws Exception {
        int rule = indexOf("title-whitespace");
        for (JsonNode post : data.get("posts")) {
            for (JsonNode finding : post.get(2)) {
                if (finding.get(3).asInt() == rule) {
                    String line = post.get(1).get(finding.get(0).asText()).asText();
                    assertThat(line).isEqualTo(line(post.get(0).asText(), finding.get(0).asInt()));
                    assertThat(line.substring(finding.get(6).asInt(), finding.get(7).asInt())).isNotEmpty().isBlank();
                    return;
                }
            }
        }
        throw new AssertionError("no title-whitespace finding in the corpus");
    }

    @Test
    void keepsASpanOfNoWidthAsAPlace() throws Exception {
        Finding insertion = new Finding("duplicate-paper", Severity.WARNING, "_posts/2025-09-07-daily-papers.md",
                new Position(10, 4), new Position(10, 4), "a place, not a span", List.of());
        JsonNode withInsertion = data(Jsoup.parse(ReportFixtures.write(new HtmlFormat(),
                ReportFixtures.withFindings(ReportFixtures.corpusReport(), insertion))));

        JsonNode finding = StreamSupport.stream(withInsertion.get("posts").get(0).get(2).spliterator(), false)
                .filter(each -> each.get(5).asText().equals(insertion.message())).findFirst().orElseThrow();
        assertThat(finding.get(6).asInt()).isEqualTo(3).isEqualTo(finding.get(7).asInt());
    }

    @Test
    void writesNoSourceLineForAPostThatCannotBeRead(@TempDir Path empty) throws Exception {
        JsonNode post = data(Jsoup.parse(ReportFixtures.write(new HtmlFormat(), ReportFixtures.hostileReport(empty))))
                .get("posts").get(0);

        assertThat(post.get(1).size()).isZero();
        assertThat(post.get(2).get(0).size()).as("no marks").isEqualTo(6);
    }

    @Test
    void isSelfContainedWithInlineStyleScriptAndDocumentation() {
        assertThat(page.select("style")).hasSize(1).allSatisfy(style -> assertThat(style.data()).contains("table"));
        assertThat(page.select("script:not([type])")).hasSize(1)
                .allSatisfy(script -> assertThat(script.data()).contains("addEventListener"));
        assertThat(page.select("script[type=application/json]")).hasSize(1);
        assertThat(page.select("[src], link, img")).isEmpty();
        assertThat(page.select("[href]")).allSatisfy(link -> assertThat(link.attr("href")).startsWith("#"));
        assertThat(html).doesNotContainPattern("(src|href)=\"?https?:");
    }

    private static JsonNode data(Document page) throws Exception {
        return JSON.readTree(page.getElementById(HtmlFormat.DATA_ID).data());
    }

    private static int indexOf(String rule) {
        for (int i = 0; i < data.get("rules").size(); i++) {
            if (data.get("rules").get(i).asText().equals(rule)) {
                return i;
            }
        }
        throw new AssertionError(rule + " found nothing in the corpus");
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static long total(String name) {
        return Long.parseLong(page.selectFirst("#total-" + name + " .count").text());
    }

    private static String line(String path, int line) throws Exception {
        List<String> lines = Files.readAllLines(ReportFixtures.corpus().resolve(path));
        return lines.get(line - 1);
    }
}
