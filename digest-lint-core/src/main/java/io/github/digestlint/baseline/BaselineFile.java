package io.github.digestlint.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.source.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline as a file a blog commits: pretty-printed JSON with its format's version and one entry
 * per finding, sorted by post and line, so that a rewrite after a repair is a small diff.
 */
final class BaselineFile {

    /** The version of the file's layout; a file of another version is refused, never misread. */
    static final int FORMAT_VERSION = 1;

    /** The file's layout; Jackson writes each record's components in the order declared. */
    record Layout(int formatVersion, List<BaselineEntry> findings) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private BaselineFile() {
    }

    static void write(Path file, List<BaselineEntry> entries) throws IOException {
        AtomicFile.write(file, out -> {
            MAPPER.writeValue(out, new Layout(FORMAT_VERSION, entries));
            // A text file ends with a newline, or git shows its last line as changed on every rewrite.
            out.write('\n');
        });
    }

    /**
     * @throws NoSuchFileException when there is no such file
     * @throws BaselineException when it cannot be read or is not a baseline of this version
     */
    static List<BaselineEntry> read(Path file) throws NoSuchFileException, BaselineException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw e;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String position = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            // Jackson says where an unclosed bracket started with a note on its source, which names no file.
            String problem = e.getOriginalMessage().replaceAll("\\s*\\([^()]*\\[Source:.*", "")
                    .replaceAll("\\s+", " ");
            throw invalid(file, "it is not valid JSON" + position + ": " + problem);
        } catch (IOException e) {
            throw new BaselineException("Cannot read the baseline " + file + ": " + PostFiles.describe(e));
        }
        if (root == null || !root.isObject()) {
            throw invalid(file, "it holds no JSON object");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToExactIntegral()) {
            throw invalid(file, "it has no formatVersion");
        }
        if (version.asInt() != FORMAT_VERSION) {
            throw invalid(file, "its formatVersion is " + version.asText() + ", and this digest-lint reads "
                    + FORMAT_VERSION + "; write it again with the baseline goal");
        }
        JsonNode findings = root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw invalid(file, "it has no findings list");
        }
        List<BaselineEntry> entries = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            entries.add(entry(file, i + 1, findings.get(i)));
        }
        return entries;
    }

    private static BaselineEntry entry(Path file, int number, JsonNode finding) throws BaselineException {
        if (!finding.isObject()) {
            throw invalid(file, "finding " + number + " is not a JSON object");
        }
        JsonNode line = finding.get("line");
        if (line == null || !line.canConvertToExactIntegral() || line.asInt() < 1) {
            throw invalid(file, "finding " + number + " has no line number");
        }
        return new BaselineEntry(text(file, number, finding, "path"), line.asInt(), text(file, number, finding, "rule"),
                text(file, number, finding, "message"), text(file, number, finding, "fingerprint"));
    }

    private static String text(Path file, int number, JsonNode finding, String field) throws BaselineException {
        JsonNode value = finding.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw invalid(file, "finding " + number + " has no " + field);
        }
        return value.asText();
    }

    private static BaselineException invalid(Path file, String problem) {
        return new BaselineException("The baseline " + file + " cannot be used: " + problem);
    }
}
