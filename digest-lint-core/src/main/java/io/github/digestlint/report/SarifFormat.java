package io.github.digestlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SARIF 2.1.0, the format GitHub code scanning and editors' SARIF viewers read. Finding paths are
 * written relative to the project folder, under the base id {@value #SOURCE_ROOT}: code scanning
 * ignores results with absolute paths.
 */
public final class SarifFormat implements ReportFormat {

    static final String SOURCE_ROOT = "%SRCROOT%";
    /** The key of the fingerprint that lets code scanning follow a finding from commit to commit. */
    static final String FINGERPRINT = "digestLintFinding/v1";

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String INFORMATION_URI = "https://github.com/digest-lint/digest-lint";

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "digest-lint.sarif";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ObjectNode log = Json.MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        run.putObject("tool").set("driver", driver(report));
        run.putObject("originalUriBaseIds").putObject(SOURCE_ROOT).put("uri", folderUri(report.baseDirectory()));
        // Positions count code points, so that a Korean syllable is one column, as in the console.
        run.put("columnKind", "unicodeCodePoints");
        run.set("results", results(report));
        Json.write(log, out);
    }

    private static ObjectNode driver(Report report) throws IOException {
        RuleDocs docs = RuleDocs.load();
        ObjectNode driver = Json.MAPPER.createObjectNode();
        driver.put("name", "digest-lint");
        driver.put("version", report.toolVersion());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        for (RuleMetadata metadata : report.rules()) {
            RuleDocs.RuleDoc doc = docs.of(metadata);
            ObjectNode rule = rules.addObject();
            rule.put("id", metadata.id());
            rule.put("name", pascalCase(metadata.id()));
            rule.putObject("shortDescription").put("text", metadata.description());
            rule.putObject("fullDescription").put("text", doc.text());
            rule.putObject("help").put("text", doc.text()).put("markdown", doc.markdown());
            rule.putObject("defaultConfiguration").put("level", level(metadata.defaultSeverity()))
                    .put("enabled", metadata.onByDefault());
        }
        return driver;
    }

    private static ArrayNode results(Report report) {
        List<String> ruleIds = report.rules().stream().map(RuleMetadata::id).toList();
        PostSources sources = new PostSources(report.baseDirectory());
        FindingFingerprints fingerprints = new FindingFingerprints();
        ArrayNode results = Json.MAPPER.createArrayNode();
        for (Finding finding : report.result().findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.ruleId());
            int ruleIndex = ruleIds.indexOf(finding.ruleId());
            if (ruleIndex >= 0) {
                result.put("ruleIndex", ruleIndex);
            }
            result.put("level", level(finding.severity()));
            result.putObject("message").put("text", finding.message());
            result.putArray("locations").addObject().set("physicalLocation", physicalLocation(finding));
            String lineText = sources.lineOf(finding).map(SourceLine::text).orElse("");
            result.putObject("partialFingerprints").put(FINGERPRINT, fingerprints.next(finding, lineText));
        }
        return results;
    }

    private static ObjectNode physicalLocation(Finding finding) {
        ObjectNode location = Json.MAPPER.createObjectNode();
        ObjectNode artifact = location.putObject("artifactLocation");
        if (Path.of(finding.path()).isAbsolute()) {
            // A post outside the project folder: no relative path exists, so the result says where it is.
            artifact.put("uri", Path.of(finding.path()).toUri().toString());
        } else {
            artifact.put("uri", relativeUri(finding.path())).put("uriBaseId", SOURCE_ROOT);
        }
        ObjectNode region = location.putObject("region");
        region.put("startLine", finding.start().line());
        region.put("startColumn", finding.start().column());
        if (finding.end().line() != finding.start().line()) {
            region.put("endLine", finding.end().line());
        }
        region.put("endColumn", finding.end().column());
        return location;
    }

    /** SARIF resolves relative paths against a base URI only when it ends with a slash. */
    private static String folderUri(Path folder) {
        String uri = folder.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** A path as a relative URI: blanks and non-ASCII letters percent-encoded, slashes kept. */
    private static String relativeUri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file path: " + path, e);
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
        };
    }

    /** {@code title-quotes} becomes {@code TitleQuotes}, the form SARIF viewers show as a rule's name. */
    static String pascalCase(String ruleId) {
        return Arrays.stream(ruleId.split("-"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining());
    }
}
