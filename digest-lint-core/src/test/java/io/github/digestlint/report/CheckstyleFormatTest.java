package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleFormatTest {

    private static LintResult result;
    private static Element checkstyle;

    @BeforeAll
    static void writeTheCorpusReport() throws Exception {
        Report report = ReportFixtures.corpusReport();
        result = report.result();
        checkstyle = parse(ReportFixtures.write(new CheckstyleFormat(), report)).getDocumentElement();
    }

    @Test
    void namesDigestLintsVersion() {
        assertThat(checkstyle.getTagName()).isEqualTo("checkstyle");
        assertThat(checkstyle.getAttribute("version")).isEqualTo(ToolVersion.current());
    }

    @Test
    void listsEveryPostChecked() {
        List<Element> files = elements(checkstyle.getElementsByTagName("file"));

        assertThat(files).extracting(file -> file.getAttribute("name")).containsExactlyElementsOf(result.posts());
    }

    @Test
    void listsAPassingPostAsAFileWithoutErrors() throws Exception {
        String passing = "_posts/2025-09-26-daily-papers.md";
        Report report = ReportFixtures.withoutFindingsOf(passing, ReportFixtures.corpusReport());

        List<Element> files = elements(parse(ReportFixtures.write(new CheckstyleFormat(), report))
                .getElementsByTagName("file"));

        assertThat(files).filteredOn(file -> file.getElementsByTagName("error").getLength() == 0)
                .extracting(file -> file.getAttribute("name")).containsExactly(passing);
    }

    @Test
    void hasAnErrorElementPerFindingWithItsSeverity() {
        List<Element> errors = elements(checkstyle.getElementsByTagName("error"));

        assertThat(errors).hasSize(result.findings().size());
        assertThat(errors).filteredOn(error -> error.getAttribute("severity").equals("error"))
                .hasSize((int) result.count(Severity.ERROR));
        assertThat(errors).filteredOn(error -> error.getAttribute("severity").equals("warning"))
                .hasSize((int) result.count(Severity.WARNING));
    }

    @Test
    void givesEachErrorItsPositionMessageAndRule() {
        Finding first = result.findings().get(0);
        Element error = (Element) checkstyle.getElementsByTagName("error").item(0);

        assertThat(((Element) error.getParentNode()).getAttribute("name")).isEqualTo(first.path());
        assertThat(error.getAttribute("line")).isEqualTo("3");
        assertThat(error.getAttribute("column")).isEqualTo("8");
        assertThat(error.getAttribute("severity")).isEqualTo("error");
        assertThat(error.getAttribute("message")).isEqualTo(first.message());
        assertThat(error.getAttribute("source")).isEqualTo("digest-lint.title-quotes");
    }

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
