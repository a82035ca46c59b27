package io.github.digestlint.report;

import static io.github.digestlint.report.ReportFixtures.HOSTILE_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * A message quotes the post, and a broken post can hold anything: quotes, markup, ampersands,
 * control characters, Korean text. Every format carries it as text, readable and unharmed.
 */
class EscapingTest {

    @TempDir
    Path base;

    @Test
    void jsonReadsBackTheSameMessageWithKoreanTextAsItIs() throws Exception {
        String json = ReportFixtures.write(new JsonFormat(), ReportFixtures.hostileReport(base));

        JsonNode finding = new ObjectMapper().readTree(json).path("findings").path(0);
        assertThat(finding.path("message").asText()).isEqualTo(HOSTILE_MESSAGE);
        assertThat(json).contains("한국어 제목").doesNotContain("\\uD55C");
    }

    @Test
    void sarifReadsBackTheSameMessage() throws Exception {
        String sarif = ReportFixtures.write(new SarifFormat(), ReportFixtures.hostileReport(base));

        JsonNode result = new ObjectMapper().readTree(sarif).path("runs").path(0).path("results").path(0);
        assertThat(result.path("message").path("text").asText()).isEqualTo(HOSTILE_MESSAGE);
        assertThat(sarif).contains("한국어 제목");
    }

    @Test
    void checkstyleXmlParsesAndDropsOnlyTheControlCharacter() throws Exception {
        String xml = ReportFixtures.write(new CheckstyleFormat(), ReportFixtures.hostileReport(base));

        Element error = (Element) CheckstyleFormatTest.parse(xml).getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo(HOSTILE_MESSAGE.replace("\u0001", ""));
    }

    @Test
    void htmlCarriesTheMessageAsDataNotMarkup() throws Exception {
        Document page = Jsoup.parse(ReportFixtures.write(new HtmlFormat(), ReportFixtures.hostileReport(base)));

        JsonNode data = new ObjectMapper().readTree(page.getElementById(HtmlFormat.DATA_ID).data());
        assertThat(data.path("posts").path(0).path(2).path(0).path(5).asText()).isEqualTo(HOSTILE_MESSAGE);
        assertThat(page.select("b")).isEmpty();
    }

    @Test
    void htmlKeepsAMessageThatEndsTheScriptInsideIt() throws Exception {
        String message = "title '</script><b>Papers</b><!--' ends a script";
        Document page = Jsoup.parse(ReportFixtures.write(new HtmlFormat(),
                ReportFixtures.reportOfOneFinding(base, "_posts/2025-09-07-daily-papers.md", message)));

        JsonNode data = new ObjectMapper().readTree(page.getElementById(HtmlFormat.DATA_ID).data());
        assertThat(data.path("posts").path(0).path(2).path(0).path(5).asText()).isEqualTo(message);
        assertThat(page.select("b")).isEmpty();
        assertThat(page.select("script:not([type])")).hasSize(1);
    }
}
