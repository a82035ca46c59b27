package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.digestlint.Lint;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rules.BuiltInRules;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String sarif;
    private static JsonNode run;
    private static int corpusFindings;

    @TempDir
    Path temp;

    @BeforeAll
    static void writeTheCorpusReport() throws Exception {
        Report report = ReportFixtures.corpusReport();
        corpusFindings = report.result().findings().size();
        sarif = ReportFixtures.write(new SarifFormat(), report);
        run = JSON.readTree(sarif).path("runs").path(0);
    }

    @Test
    void isValidAgainstTheOfficialSarif210Schema() throws Exception {
        List<Error> errors = sarifSchema().validate(sarif, InputFormat.JSON);

        assertThat(errors).isEmpty();
        assertThat(JSON.readTree(sarif).path("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void theSchemaCheckRejectsALevelSarifDoesNotKnow() throws Exception {
        JsonNode log = JSON.readTree(sarif);
        ((ObjectNode) log.path("runs").path(0).path("results").path(0)).put("level", "fatal");

        assertThat(sarifSchema().validate(JSON.writeValueAsString(log), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void describesTheToolAndEveryRuleWithItsDocumentation() {
        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("digest-lint");
        assertThat(driver.path("version").asText()).isEqualTo(ToolVersion.current());
        assertThat(driver.path("informationUri").asText()).isEqualTo("https://github.com/digest-lint/digest-lint");

        List<RuleMetadata> known = BuiltInRules.metadata();
        JsonNode rules = driver.path("rules");
        assertThat(rules).hasSize(known.size());
        for (int i = 0; i < known.size(); i++) {
            RuleMetadata metadata = known.get(i);
            JsonNode rule = rules.path(i);
            assertThat(rule.path("id").asText()).isEqualTo(metadata.id());
            assertThat(rule.path("name").asText()).isEqualTo(SarifFormat.pascalCase(metadata.id()));
            assertThat(rule.path("shortDescription").path("text").asText()).isEqualTo(metadata.description());
            assertThat(rule.path("fullDescription").path("text").asText()).startsWith(metadata.description());
            assertThat(rule.path("help").path("text").asText()).startsWith(metadata.description());
            assertThat(rule.path("help").path("markdown").asText()).isNotBlank();
            assertThat(rule.path("defaultConfiguration").path("level").asText())
                    .isEqualTo(metadata.defaultSeverity().label());
            assertThat(rule.path("defaultConfiguration").path("enabled").asBoolean()).as(metadata.id())
                    .isEqualTo(metadata.onByDefault());
        }
        JsonNode titleQuotes = rules.path(ruleIndex("title-quotes"));
        assertThat(titleQuotes.path("name").asText()).isEqualTo("TitleQuotes");
        assertThat(titleQuotes.path("help").path("markdown").asText()).contains("Failing example:", "```markdown");
    }

    @Test
    void locatesEachFindingByAPathRelativeToTheProjectFolder() throws Exception {
        JsonNode results = run.path("results");
        assertThat(results).hasSize(corpusFindings);
        assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
                .isEqualTo(ReportFixtures.corpus().toUri().toString()).endsWith("/");
        for (JsonNode result : results) {
            JsonNode artifact = result.path("locations").path(0).path("physicalLocation").path("artifactLocation");
            assertThat(artifact.path("uri").asText()).startsWith("_posts/2025-").endsWith("-daily-papers.md");
            assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(result.path("ruleIndex").asInt()).isEqualTo(ruleIndex(result.path("ruleId").asText()));
        }
    }

    @Test
    void locatesAPostOutsideTheProjectFolderByItsFileUri() throws Exception {
        Path outside = temp.resolve("elsewhere/_posts/2025-09-07-daily-papers.md").toAbsolutePath();
        Report report = ReportFixtures.reportOfOneFinding(temp.resolve("project"), outside.toString(), "a finding");

        JsonNode artifact = JSON.readTree(ReportFixtures.write(new SarifFormat(), report)).path("runs").path(0)
                .path("results").path(0).path("locations").path(0).path("physicalLocation").path("artifactLocation");

        assertThat(artifact.path("uri").asText()).isEqualTo(outside.toUri().toString());
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void givesTheRegionInCodePointColumnsAndTheConfiguredLevel() {
        JsonNode first = run.path("results").path(0);
        assertThat(run.path("columnKind").asText()).isEqualTo("unicodeCodePoints");
        assertThat(first.path("ruleId").asText()).isEqualTo("title-quotes");
        assertThat(first.path("level").asText()).isEqualTo("error");
        assertThat(first.path("message").path("text").asText())
                .startsWith("title has a closing quote but no opening quote");
        JsonNode region = first.path("locations").path(0).path("physicalLocation").path("region");
        assertThat(region.path("startLine").asInt()).isEqualTo(3);
        assertThat(region.path("startColumn").asInt()).isEqualTo(8);
        assertThat(region.path("endColumn").asInt()).isGreaterThan(8);
        assertThat(region.has("endLine")).as("endLine only when the region spans lines").isFalse();
    }

    @Test
    void fingerprintsTellIdenticalFindingsApart() {
        List<String> fingerprints = fingerprints(run);

        assertThat(fingerprints).hasSize(corpusFindings).doesNotHaveDuplicates()
                .allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void fingerprintsSurviveLinesAddedAboveTheFinding() throws Exception {
        String post = Files.readString(ReportFixtures.corpus().resolve("_posts/2025-09-07-daily-papers.md"));
        int bodyStart = post.indexOf("\n---\n", 4) + "\n---\n".length();
        String withBlankLines = post.substring(0, bodyStart) + "\n\n\n" + post.substring(bodyStart);

        JsonNode original = lintToSarif(blogWith("original", post));
        JsonNode shifted = lintToSarif(blogWith("shifted", withBlankLines));

        assertThat(startLines(shifted)).isNotEqualTo(startLines(original));
        assertThat(fingerprints(shifted)).containsExactlyElementsOf(fingerprints(original));
    }

    @Test
    void withABaselineMarksEachResultNewOrUnchangedAndSuppressesTheBaselinedOnes() throws Exception {
        String withBaseline = ReportFixtures.write(new SarifFormat(),
                ReportFixtures.corpusReportAgainstABaselineWithoutTheTitleQuote());
        JsonNode results = JSON.readTree(withBaseline).path("runs").path(0).path("results");

        assertThat(sarifSchema().validate(withBaseline, InputFormat.JSON)).isEmpty();
        assertThat(results).hasSize(corpusFindings);
        List<JsonNode> fresh = new ArrayList<>();
        results.forEach(result -> {
            if (result.path("baselineState").asText().equals("new")) {
                fresh.add(result);
                assertThat(result.has("suppressions")).isFalse();
            } else {
                assertThat(result.path("baselineState").asText()).isEqualTo("unchanged");
                assertThat(result.path("suppressions").path(0).path("kind").asText()).isEqualTo("external");
                assertThat(result.path("suppressions").path(0).path("status").asText()).isEqualTo("accepted");
            }
        });
        assertThat(fresh).singleElement().satisfies(result -> assertThat(result.path("ruleId").asText())
                .isEqualTo("title-quotes"));
        assertThat(fingerprints(JSON.readTree(withBaseline).path("runs").path(0))).isEqualTo(fingerprints(run));
    }

    @Test
    void withoutABaselineNoResultHasABaselineState() {
        run.path("results").forEach(result -> {
            assertThat(result.has("baselineState")).isFalse();
            assertThat(result.has("suppressions")).isFalse();
        });
    }

    private Path blogWith(String name, String post) throws Exception {
        Path posts = Files.createDirectories(temp.resolve(name).resolve("_posts"));
        Files.writeString(posts.resolve("2025-09-07-daily-papers.md"), post);
        return posts.getParent();
    }

    /**
     * The SARIF 2.1.0 schema in src/test/resources. That copy holds the log's own schema under
     * {@code definitions/Root} and nothing at its top level, which would accept any document, so
     * the log is validated against {@code Root}; {@link #theSchemaCheckRejectsALevelSarifDoesNotKnow()}
     * shows that the check has teeth.
     */
    private static Schema sarifSchema() throws Exception {
        String schema;
        try (InputStream in = SarifFormatTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String id = JSON.readTree(schema).path("$id").asText();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemas(Map.of(id, schema)));
        return registry.getSchema(SchemaLocation.of(id + "#/definitions/Root"));
    }

    private static JsonNode lintToSarif(Path blog) throws Exception {
        Report report = Report.of(blog, new Linter(Lint.DEFAULTS)
                .lint(blog, PostFiles.find(blog.resolve("_posts"), List.of("**/*.md"), List.of())),
                ReportFixtures.FIX_COMMAND);
        return JSON.readTree(ReportFixtures.write(new SarifFormat(), report)).path("runs").path(0);
    }

    private static List<String> fingerprints(JsonNode run) {
        List<String> fingerprints = new ArrayList<>();
        run.path("results").forEach(result -> fingerprints.add(
                result.path("partialFingerprints").path(SarifFormat.FINGERPRINT).asText()));
        return fingerprints;
    }

    private static List<Integer> startLines(JsonNode run) {
        List<Integer> lines = new ArrayList<>();
        run.path("results").forEach(result -> lines.add(
                result.path("locations").path(0).path("physicalLocation").path("region").path("startLine").asInt()));
        return lines;
    }

    private static int ruleIndex(String ruleId) {
        return BuiltInRules.metadata().stream().map(RuleMetadata::id).toList().indexOf(ruleId);
    }
}
