package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

class RuleDocsTest {

    @Test
    void theJarCarriesTheDocumentationOfEveryRule() throws Exception {
        RuleDocs docs = RuleDocs.load();

        for (RuleMetadata rule : BuiltInRules.metadata()) {
            RuleDocs.RuleDoc doc = docs.of(rule);
            assertThat(doc.text()).as(rule.id()).startsWith(rule.description());
            assertThat(doc.markdown()).as(rule.id()).isNotBlank().doesNotContain("| default severity |");
        }
    }

    @Test
    void theTextExplainsTheRuleAndTheMarkdownAddsTheExamples() throws Exception {
        RuleDocs.RuleDoc titleQuotes = RuleDocs.load().of(metadata("title-quotes"));

        assertThat(titleQuotes.text())
                .contains("`title: Daily Papers — 2025-09-07\"` is valid YAML: a plain string that ends in a quote.")
                .doesNotContain("Failing example", "---", "\n\n\n");
        assertThat(titleQuotes.markdown())
                .contains("Failing example:\n\n```markdown fails _posts/2025-09-07-daily-papers.md")
                .contains("Passing example:")
                .doesNotContain("| default severity |")
                .endsWith("```");
    }

    @Test
    void aRuleThePageDoesNotDocumentIsDescribedByItsOneLine() {
        RuleMetadata undocumented = new RuleMetadata("made-up", "Finds nothing.", Severity.WARNING, false,
                Concern.FILE);

        RuleDocs.RuleDoc doc = RuleDocs.parse("# Rules\n\n### `other`\n\n| table |\n\nOther.\n").of(undocumented);

        assertThat(doc.text()).isEqualTo("Finds nothing.");
        assertThat(doc.markdown()).isEqualTo("Finds nothing.");
    }

    private static RuleMetadata metadata(String id) {
        return BuiltInRules.metadata().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
    }
}
