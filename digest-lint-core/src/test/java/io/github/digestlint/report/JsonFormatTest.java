package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

    private static LintResult result;
    private static JsonNode json;

    @BeforeAll
    static void writeTheCorpusReport() throws Exception {
        Report report = ReportFixtures.corpusReport();
        result = report.result();
        json = new ObjectMapper().readTree(ReportFixtures.write(new JsonFormat(), report));
    }

    @Test
    void namesTheTool() {
        assertThat(json.path("tool").asText()).isEqualTo("digest-lint");
        assertThat(json.path("version").asText()).isEqualTo(ToolVersion.current());
    }

    @Test
    void summarisesTheRunAsTheConsoleDoes() {
        JsonNode summary = json.path("summary");

        assertThat(summary.path("errors").asLong()).isEqualTo(result.count(Severity.ERROR)).isPositive();
        assertThat(summary.path("warnings").asLong()).isEqualTo(result.count(Severity.WARNING)).isPositive();
        assertThat(summary.path("postsChecked").asInt()).isEqualTo(result.postsChecked()).isEqualTo(5);
        assertThat(summary.path("postsWithFindings").asLong()).isEqualTo(result.postsWithFindings());
        assertThat(summary.path("text").asText()).isEqualTo(result.summary());
    }

    @Test
    void listsThePostsChecked() {
        List<String> posts = new ArrayList<>();
        json.path("posts").forEach(post -> posts.add(post.asText()));

        assertThat(posts).containsExactlyElementsOf(result.posts());
    }

    @Test
    void listsEveryFindingWithItsRangeAndWhetherItIsFixable() {
        JsonNode findings = json.path("findings");
        assertThat(findings).hasSize(result.findings().size());

        Finding first = result.findings().get(0);
        JsonNode finding = findings.path(0);
        assertThat(finding.path("rule").asText()).isEqualTo("title-quotes");
        assertThat(finding.path("severity").asText()).isEqualTo("error");
        assertThat(finding.path("path").asText()).isEqualTo("_posts/2025-09-07-daily-papers.md");
        assertThat(finding.path("line").asInt()).isEqualTo(3);
        assertThat(finding.path("column").asInt()).isEqualTo(8);
        assertThat(finding.path("endLine").asInt()).isEqualTo(first.end().line());
        assertThat(finding.path("endColumn").asInt()).isEqualTo(first.end().column());
        assertThat(finding.path("message").asText()).isEqualTo(first.message());
        assertThat(finding.path("fixable").asBoolean()).isTrue();
    }

    @Test
    void withoutABaselineSaysNothingOfOne() {
        assertThat(json.path("summary").has("baselined")).isFalse();
        assertThat(json.path("findings").path(0).has("baselined")).isFalse();
    }

    @Test
    void withABaselineCountsTheReportedFindingsAndListsEveryFindingMarked() throws Exception {
        Report report = ReportFixtures.corpusReportAgainstABaselineWithoutTheTitleQuote();
        JsonNode marked = new ObjectMapper().readTree(ReportFixtures.write(new JsonFormat(), report));

        JsonNode summary = marked.path("summary");
        assertThat(summary.path("errors").asLong()).isEqualTo(1);
        assertThat(summary.path("warnings").asLong()).isZero();
        assertThat(summary.path("text").asText()).isEqualTo("1 error and 0 warnings in 1 of 5 posts");
        assertThat(summary.path("baselined").asInt()).isEqualTo(result.findings().size() - 1);
        assertThat(summary.path("baselineEntriesGone").asInt()).isZero();
        assertThat(marked.path("findings")).hasSize(result.findings().size());
        List<String> reported = new ArrayList<>();
        marked.path("findings").forEach(finding -> {
            if (!finding.path("baselined").asBoolean(true)) {
                reported.add(finding.path("rule").asText());
            }
        });
        assertThat(reported).containsExactly("title-quotes");
    }
}
