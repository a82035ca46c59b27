package io.github.digestlint.report;

import io.github.digestlint.rule.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle's XML result format, which CI servers and review bots read from many linters: a
 * {@code file} element per post checked, passing posts too, and an {@code error} element per finding.
 */
public final class CheckstyleFormat implements ReportFormat {

    @Override
    public String name() {
        return "checkstyle";
    }

    @Override
    public String fileName() {
        return "checkstyle-result.xml";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", legalXml(report.toolVersion()));
            for (Map.Entry<String, List<Finding>> post : PostFindings.byPost(report.result()).entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("file");
                xml.writeAttribute("name", legalXml(post.getKey()));
                for (Finding finding : post.getValue()) {
                    xml.writeCharacters("\n    ");
                    writeError(xml, finding);
                }
                if (!post.getValue().isEmpty()) {
                    xml.writeCharacters("\n  ");
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            // Closing a stream writer flushes it and leaves the underlying stream open.
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the Checkstyle report: " + e.getMessage(), e);
        }
    }

    private static void writeError(XMLStreamWriter xml, Finding finding) throws XMLStreamException {
        xml.writeEmptyElement("error");
        xml.writeAttribute("line", Integer.toString(finding.start().line()));
        xml.writeAttribute("column", Integer.toString(finding.start().column()));
        xml.writeAttribute("severity", finding.severity().label());
        xml.writeAttribute("message", legalXml(finding.message()));
        xml.writeAttribute("source", "digest-lint." + finding.ruleId());
    }

    /**
     * The text without the characters XML 1.0 cannot hold even escaped (control characters, lone
     * surrogates), which a message quoting a broken post may contain; the writer escapes the rest.
     */
    static String legalXml(String text) {
        StringBuilder legal = new StringBuilder(text.length());
        text.codePoints().filter(CheckstyleFormat::isLegalXml).forEach(legal::appendCodePoint);
        return legal.toString();
    }

    private static boolean isLegalXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}
