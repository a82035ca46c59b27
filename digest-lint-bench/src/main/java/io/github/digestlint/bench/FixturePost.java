package io.github.digestlint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the five published digests, cut into the parts the generator recombines.
 *
 * @param fileName its name in {@code _posts/}
 * @param text the whole post
 * @param date its day, {@code YYYY-MM-DD}, as its file name, title and date write it
 * @param frontMatter from the opening {@code ---} through the closing {@code ---} and its line break
 * @param preamble the blank lines between the front matter and the first entry
 * @param entries each entry from its heading to the next one, without the blank lines after it
 */
record FixturePost(String fileName, String text, String date, String frontMatter, String preamble,
        List<String> entries) {

    /** Listed, because a folder inside a jar cannot be listed. */
    static final List<String> FILE_NAMES = List.of("2025-09-07-daily-papers.md", "2025-09-26-daily-papers.md",
            "2025-10-08-daily-papers.md", "2025-12-17-daily-papers.md", "2025-12-22-daily-papers.md");

    private static final String CLOSING_FENCE = "\n---\n";
    private static final Pattern ENTRY_HEADING = Pattern.compile("^# \\d+\\. ", Pattern.MULTILINE);

    FixturePost {
        entries = List.copyOf(entries);
    }

    /** The five posts, from this module's resources. */
    static List<FixturePost> load() {
        return FILE_NAMES.stream().map(name -> parse(name, resource("fixtures/" + name))).toList();
    }

    /** Writes the five posts as they were published, to lint them the way the generated ones are. */
    static void writeAll(Path postsDir) throws IOException {
        Files.createDirectories(postsDir);
        for (FixturePost post : load()) {
            Files.writeString(postsDir.resolve(post.fileName()), post.text(), StandardCharsets.UTF_8);
        }
    }

    static FixturePost parse(String fileName, String text) {
        int bodyStart = text.indexOf(CLOSING_FENCE, "---".length()) + CLOSING_FENCE.length();
        List<Integer> starts = new ArrayList<>();
        Matcher heading = ENTRY_HEADING.matcher(text);
        for (int from = bodyStart; heading.find(from); from = heading.end()) {
            starts.add(heading.start());
        }
        if (bodyStart < CLOSING_FENCE.length() || starts.isEmpty()) {
            throw new IllegalArgumentException(fileName + " is not a digest with front matter and entries");
        }
        starts.add(text.length());
        List<String> entries = new ArrayList<>();
        for (int i = 0; i + 1 < starts.size(); i++) {
            entries.add(withoutTrailingLineBreaks(text.substring(starts.get(i), starts.get(i + 1))));
        }
        return new FixturePost(fileName, text, fileName.substring(0, "YYYY-MM-DD".length()),
                text.substring(0, bodyStart), text.substring(bodyStart, starts.get(0)), entries);
    }

    /** Only line breaks go: trailing spaces on a last line are part of the entry's findings. */
    private static String withoutTrailingLineBreaks(String entry) {
        int end = entry.length();
        while (end > 0 && entry.charAt(end - 1) == '\n') {
            end--;
        }
        return entry.substring(0, end);
    }

    private static String resource(String name) {
        try (InputStream in = FixturePost.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
