package io.github.digestlint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperLinkRuleTest {

    private static final String PATH = "_posts/2026-08-21-friday-daily-papers.md";
    private static final String POST = """
            ---
            layout: post
            title: "Daily AI Research Papers - Friday, August 21, 2026"
            date: 2026-08-21
            ---

            ### 1. Sparse Mixtures for Long-Context Retrieval

            [Read Paper](https://huggingface.co/papers/2608.11021)

            The authors route each query through a small set of retrieval experts.
            """;

    private static List<String> findings(String post) throws ConfigurationException {
        Configuration hfPapers = Lint.configuration(SourceText.of("kinds:\n  - name: hf-papers\n"));
        return Lint.findings("paper-link", hfPapers, PATH, post);
    }

    @Test
    void acceptsTheLineOfTheKind() throws ConfigurationException {
        assertThat(findings(POST)).isEmpty();
    }

    @Test
    void reportsAMissingLineBelowTheTitle() throws ConfigurationException {
        assertThat(findings(POST.replace("[Read Paper](https://huggingface.co/papers/2608.11021)\n", "")))
                .containsExactly(PATH + ":7:50: error: entry 1 has no 'Read Paper' line; add '[Read Paper]"
                        + "(https://huggingface.co/papers/<id>)' below its title [paper-link]");
    }

    @Test
    void reportsALineToAnotherPageWithTheKindsUrlForThePaper() throws ConfigurationException {
        assertThat(findings(POST.replace("https://huggingface.co/papers/", "https://arxiv.org/pdf/"))).containsExactly(
                PATH + ":9:14: error: entry 1's 'Read Paper' link goes to 'https://arxiv.org/pdf/2608.11021'; expected"
                        + " 'https://huggingface.co/papers/2608.11021' [paper-link]");
    }

    @Test
    void reportsAVersionThePageDoesNotTake() throws ConfigurationException {
        assertThat(findings(POST.replace("2608.11021)", "2608.11021v3)"))).containsExactly(PATH + ":9:14: error:"
                + " entry 1's 'Read Paper' link has the version v3; expected 'https://huggingface.co/papers/2608.11021',"
                + " the page of the paper [paper-link]");
    }

    /** Where an entry has two lines, both name its paper: the first is the one the entry is about. */
    @Test
    void reportsLinesThatNameDifferentPapers() throws ConfigurationException {
        Configuration twoLines = Lint.configuration(SourceText.of("""
                kinds:
                  - name: hf-papers
                    links:
                      - {label: Read Paper, url: "https://huggingface.co/papers/{id}"}
                      - {label: PDF, url: "https://arxiv.org/pdf/{id}"}
                """));
        String post = POST.replace("2608.11021)\n", "2608.11021)\n[PDF](https://arxiv.org/pdf/2608.11210)\n");

        assertThat(Lint.findings("paper-link", twoLines, PATH, post)).containsExactly(PATH + ":10:7: error: entry 1's"
                + " 'PDF' link names paper 2608.11210, but the entry is about 2608.11021 (its first link); make them"
                + " agree [paper-link]");
    }
}
