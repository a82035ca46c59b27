package io.github.digestlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One HTML page for people: the totals, the findings per rule with how many {@code fix} repairs,
 * the findings grouped by post with the line each points at, and the documentation of each rule
 * that found something. The page is self-contained, its style, script and rule documentation
 * inline, so that it opens from a CI server's artifacts or a local folder without a network.
 *
 * <p>What is as long as the rule set (totals, the rules table, the rules' documentation) is built
 * with jsoup. The findings, as long as the blog, are streamed as compact JSON into the page, one post
 * at a time, and the script shows a page of posts at a time: a report of 10,000 posts stays one file
 * that opens quickly, and writing it holds no more than one post's source in memory.
 */
public final class HtmlFormat implements ReportFormat {

    private static final String TITLE = "digest-lint report";
    /** The id of the script element that holds the findings' data. */
    static final String DATA_ID = "findings-data";
    /** What a rule's documentation section's id starts with, before the rule's id; the script links there too. */
    private static final String RULE_SECTION_PREFIX = "rule-";

    private static final JsonFactory JSON = new JsonFactoryBuilder()
            // The caller opened the stream and closes it.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .characterEscapes(new ScriptSafeEscapes())
            .build();

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String fileName() {
        return "index.html";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        LintResult result = report.result();
        List<RuleTotals> totals = RuleTotals.of(result.findings());
        Map<String, RuleMetadata> rules = report.rules().stream()
                .collect(Collectors.toMap(RuleMetadata::id, Function.identity(), (first, second) -> first));

        Document page = Document.createShell("");
        // Not pretty-printed: that collapses runs of spaces, and a finding may be about exactly those.
        page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width");
        page.title(TITLE);
        page.head().appendElement("style").appendChild(new DataNode(JarResource.read("report.css")));

        Element body = page.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text(TITLE);
        header.appendElement("p").addClass("summary-line").text(result.summary());
        totals(body.appendElement("section").id("totals"), result, totals);
        byRule(body.appendElement("section").id("by-rule"), totals, rules, report.fixCommand());
        findings(body.appendElement("section").id("findings"), totals);
        Element documentation = body.appendElement("section").id("rules");
        ruleDocs(documentation, totals, rules);
        body.appendElement("footer").text("Written by digest-lint " + report.toolVersion() + ".");

        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write("<!doctype html><html lang=\"en\">");
        writer.write(page.head().outerHtml());
        writer.write("<body>");
        for (Element section : body.children()) {
            if (section == documentation) {
                writeData(report, totals, writer);
            }
            writer.write(section.outerHtml());
        }
        writer.write("<script>");
        writer.write(JarResource.read("report.js"));
        writer.write("</script></body></html>");
        writer.flush();
    }

    private static void totals(Element section, LintResult result, List<RuleTotals> totals) {
        Element list = section.appendElement("ul").addClass("totals");
        total(list, "total-errors", result.count(Severity.ERROR), "errors").addClass("error");
        total(list, "total-warnings", result.count(Severity.WARNING), "warnings").addClass("warning");
        total(list, "total-fixable", totals.stream().mapToLong(RuleTotals::fixable).sum(), "fixable");
        total(list, "total-posts-checked", result.postsChecked(), "posts checked");
        total(list, "total-posts-with-findings", result.postsWithFindings(), "posts with findings");
    }

    private static Element total(Element list, String id, long count, String label) {
        Element item = list.appendElement("li").id(id);
        item.appendElement("span").addClass("count").text(Long.toString(count));
        item.appendText(label);
        return item;
    }

    /** The rules that found something, in the order to work on them, and the command that repairs the fixable. */
    private static void byRule(Element section, List<RuleTotals> totals, Map<String, RuleMetadata> rules,
            String fixCommand) {
        section.appendElement("h2").text("Findings per rule");
        long fixable = totals.stream().mapToLong(RuleTotals::fixable).sum();
        if (fixable > 0) {
            Element hint = section.appendElement("p").id("fix-hint");
            hint.appendText((fixable == 1 ? "1 of these findings" : fixable + " of these findings")
                    + " can be repaired automatically: run ");
            hint.appendElement("code").text(fixCommand);
            hint.appendText(".");
        }
        Element table = section.appendElement("table").id("rules-table").addClass("sortable");
        Element headerRow = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Rule", "Description", "Errors", "Warnings", "Fixable", "Findings")) {
            headerRow.appendElement("th").attr("scope", "col").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (RuleTotals total : totals) {
            Element row = rows.appendElement("tr");
            Element rule = row.appendElement("td");
            if (rules.containsKey(total.ruleId())) {
                rule.appendElement("a").attr("href", "#" + RULE_SECTION_PREFIX + total.ruleId()).text(total.ruleId());
            } else {
                rule.text(total.ruleId());
            }
            row.appendElement("td").text(Optional.ofNullable(rules.get(total.ruleId()))
                    .map(RuleMetadata::description).orElse(""));
            number(row, total.errors());
            number(row, total.warnings());
            number(row, total.fixable());
            // Chosen in the findings' filter when clicked.
            row.appendElement("td").appendElement("a").attr("href", "#findings").attr("data-rule", total.ruleId())
                    .text("show " + total.total());
        }
    }

    private static void findings(Element section, List<RuleTotals> totals) {
        section.appendElement("h2").text("Findings by post");
        // Post and rule are chosen, not typed: the script matches them exactly against each finding's
        // own, which a text search cannot do, as messages name other posts and rules. The script
        // offers the posts, which the findings' data lists.
        Element filters = section.appendElement("div").addClass("filters");
        Element post = chooser(filters, "filter-post", "Post");
        post.appendElement("option").attr("value", "").text("all posts");
        Element rule = chooser(filters, "filter-rule", "Rule");
        rule.appendElement("option").attr("value", "").text("all rules");
        totals.forEach(total -> rule.appendElement("option").attr("value", total.ruleId()).text(total.ruleId()));
        Element severity = chooser(filters, "filter-severity", "Severity");
        severity.appendElement("option").attr("value", "").text("all severities");
        for (Severity each : List.of(Severity.ERROR, Severity.WARNING)) {
            severity.appendElement("option").attr("value", each.label()).text(each.label() + "s");
        }
        filters.appendElement("label").text("Text ").appendElement("input").id("filter-text")
                .attr("type", "search").attr("placeholder", "Search the messages");
        // The script says here which findings the filters show.
        section.appendElement("p").id("filter-status").attr("role", "status");
        section.appendChild(pager("pager-top"));
        Element table = section.appendElement("table").id("findings-table");
        Element headerRow = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Line", "Column", "Severity", "Rule", "Message", "Source line")) {
            headerRow.appendElement("th").attr("scope", "col").text(column);
        }
        section.appendChild(pager("pager-bottom"));
    }

    /** Buttons to page through the posts; the script enables them and says which page is shown. */
    private static Element pager(String id) {
        Element nav = new Element("nav").id(id).addClass("pager").attr("aria-label", "Pages of posts");
        nav.appendElement("button").attr("type", "button").addClass("previous").text("Previous posts");
        nav.appendElement("span").addClass("page");
        nav.appendElement("button").attr("type", "button").addClass("next").text("Next posts");
        return nav;
    }

    private static Element chooser(Element filters, String id, String label) {
        return filters.appendElement("label").text(label + " ").appendElement("select").id(id);
    }

    /**
     * The documentation of each rule that found something, from docs/rules.md in the jar, so that the
     * report explains its findings offline. Links to other pages of the docs become their text.
     */
    private static void ruleDocs(Element section, List<RuleTotals> totals, Map<String, RuleMetadata> rules)
            throws IOException {
        section.appendElement("h2").text("The rules");
        RuleDocs docs = RuleDocs.load();
        Parser parser = Parser.builder().build();
        HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
        for (RuleTotals total : totals) {
            RuleMetadata rule = rules.get(total.ruleId());
            if (rule == null) {
                continue;
            }
            Element doc = section.appendElement("section").id(RULE_SECTION_PREFIX + rule.id()).addClass("rule-doc");
            doc.appendElement("h3").appendElement("code").text(rule.id());
            // The section's first paragraph is the rule's description.
            doc.appendElement("p").addClass("rule-facts").text("By default: " + rule.defaultSetting()
                    + (rule.fixable() ? "; fix repairs it." : "."));
            Element rendered = Jsoup.parseBodyFragment(renderer.render(parser.parse(docs.of(rule).markdown()))).body();
            for (Element link : rendered.select("a")) {
                String target = link.attr("href");
                if (target.startsWith("#") && rules.containsKey(target.substring(1))
                        && totals.stream().anyMatch(other -> other.ruleId().equals(target.substring(1)))) {
                    link.attr("href", "#" + RULE_SECTION_PREFIX + target.substring(1));
                } else {
                    link.unwrap();
                }
            }
            for (Element image : rendered.select("img")) {
                image.replaceWith(new TextNode(image.attr("alt")));
            }
            for (Node child : new ArrayList<>(rendered.childNodes())) {
                doc.appendChild(child);
            }
        }
    }

    /**
     * The findings as the script reads them: {@code {"rules": [ids], "posts": [[path, {line: text},
     * [[line, column, severity, rule, fixable, message, markStart, markEnd], ...]], ...]}}, where
     * severity is 0 for an error and 1 for a warning, rule an index into {@code rules}, fixable 0 or
     * 1, and the marks char offsets into the line's text, left out when the line cannot be read. Each
     * source line is written once per post, however many findings point at it.
     */
    private static void writeData(Report report, List<RuleTotals> totals, Writer writer) throws IOException {
        writer.write("<script type=\"application/json\" id=\"" + DATA_ID + "\">");
        Map<String, Integer> ruleIndex = new HashMap<>();
        try (JsonGenerator json = JSON.createGenerator(writer)) {
            json.writeStartObject();
            json.writeArrayFieldStart("rules");
            for (RuleTotals total : totals) {
                ruleIndex.put(total.ruleId(), ruleIndex.size());
                json.writeString(total.ruleId());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("posts");
            PostSources sources = new PostSources(report.baseDirectory());
            List<Finding> post = new ArrayList<>();
            for (Finding finding : report.result().findings()) {
                if (!post.isEmpty() && !post.get(0).path().equals(finding.path())) {
                    writePost(post, sources, ruleIndex, json);
                    post.clear();
                }
                post.add(finding);
            }
            if (!post.isEmpty()) {
                writePost(post, sources, ruleIndex, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        writer.write("</script>");
    }

    private static void writePost(List<Finding> findings, PostSources sources, Map<String, Integer> ruleIndex,
            JsonGenerator json) throws IOException {
        List<Optional<SourceLine>> lines = findings.stream().map(sources::lineOf).toList();
        json.writeStartArray();
        json.writeString(findings.get(0).path());
        json.writeStartObject();
        Set<Integer> written = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            int number = findings.get(i).start().line();
            if (lines.get(i).isPresent() && written.add(number)) {
                json.writeStringField(Integer.toString(number), lines.get(i).get().text());
            }
        }
        json.writeEndObject();
        json.writeStartArray();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            json.writeStartArray();
            json.writeNumber(finding.start().line());
            json.writeNumber(finding.start().column());
            json.writeNumber(finding.severity() == Severity.ERROR ? 0 : 1);
            json.writeNumber(ruleIndex.get(finding.ruleId()));
            json.writeNumber(finding.isFixable() ? 1 : 0);
            json.writeString(finding.message());
            if (lines.get(i).isPresent()) {
                json.writeNumber(lines.get(i).get().markStart());
                json.writeNumber(lines.get(i).get().markEnd());
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndArray();
    }

    private static void number(Element row, long value) {
        row.appendElement("td").addClass("number").text(Long.toString(value));
    }

    /**
     * JSON that an HTML parser cannot end early: {@code <}, {@code >} and {@code &} as {@code \}u
     * escapes, so that a message holding {@code </script>} stays text.
     */
    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
