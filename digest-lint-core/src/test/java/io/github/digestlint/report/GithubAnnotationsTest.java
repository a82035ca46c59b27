package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    @Test
    void writesOneWorkflowCommandPerFinding() {
        Finding error = new Finding("title-quotes", Severity.ERROR, "_posts/2025-09-07-daily-papers.md",
                new Position(3, 8), new Position(3, 34), "title has a closing quote", List.of());

        assertThat(GithubAnnotations.format(error)).isEqualTo("::error file=_posts/2025-09-07-daily-papers.md,"
                + "line=3,col=8,endColumn=34,title=title-quotes::title has a closing quote");
    }

    @Test
    void encodesWhatWouldEndTheCommand() {
        Finding warning = new Finding("no-emoji", Severity.WARNING, "_posts/a,b:c.md", new Position(1, 1),
                new Position(1, 1), "100% done\nnext 제목", List.of());

        assertThat(GithubAnnotations.format(warning)).isEqualTo("::warning file=_posts/a%2Cb%3Ac.md,line=1,col=1,"
                + "endColumn=1,title=no-emoji::100%25 done%0Anext 제목");
    }
}
