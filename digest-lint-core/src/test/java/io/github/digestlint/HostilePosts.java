package io.github.digestlint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Posts for property tests: the five published posts with hostile changes (lines inserted, deleted,
 * repeated and swapped, random bytes, truncation, quotes and brackets flipped, line endings mixed),
 * and posts put together from the lines digests are made of and random text. Changes are made to
 * bytes, so a post may stop being UTF-8; each is chosen by numbers, so jqwik shrinks a failing post
 * to the fewest, smallest changes.
 */
public final class HostilePosts {

    /** A post's path, as findings name it, and its bytes. */
    public record Sample(String path, byte[] bytes) {

        /** The post as text to read, and as Base64 to replay a failure byte for byte. */
        @Override
        public String toString() {
            return path + " (" + bytes.length + " bytes, Base64 " + Base64.getEncoder().encodeToString(bytes) + "):\n"
                    + new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Lines that mean something to a digest's parser, for insertions and generated posts. */
    private static final List<String> LINES = List.of("---", "...", "", "layout: post",
            "title: \"Daily Papers — 2025-09-26\"", "title: Daily Papers — 2025-09-26\"", "title: \"Daily Papers",
            "title: [a, b]", "title: &a [*a]", "title: !!java.lang.Object {}", "date: 2025-09-26 08:15:00",
            "date: 2025-13-45 99:99:99", "tags: [papers, hugginface]", "tags: [papers", "categories: []",
            "\tkey: value", "# 1. [CHARM: Anime Hair](https://arxiv.org/abs/2509.21114)",
            "# 7. [Two  spaces](http://www.arxiv.org/pdf/2509.21114v2)  ",
            "## 3. [Wrong level](https://arxiv.org/abs/x)", "# [No number](https://arxiv.org/abs/2509.00001)",
            "> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)",
            "> [Alphaxiv](https://www.alphaxiv.org/en/overview/1234.5678)", "## Introduction", "## Method  ",
            "## Results", "## Limitations", "## Conclusion", "- Goal: 목표이다.", "- Motivation 동기이다",
            "- Contribution: 기여이다.", "방법이다. 결과는 좋았다! 그런가?", "정보 부족.", "TODO", "```", "```java",
            "    indented code", "<!-- digest-lint-disable -->", "<!-- digest-lint-enable title-whitespace -->",
            "<!-- digest-lint-disable-next-line title-whitespace alphaxiv-link -->",
            "<!-- digest-lint-disable-file nope -->", "<!-- digest-lint-", "<div>", "* a *b* `c` [d](e) ![f](g)",
            "&lt;&#x41;&copy; \\* \\[", "😀 emoji ✨", "(괄호 안의 문장이다.)\"", "1. ordered", "| a | b |");

    private static final List<Sample> PUBLISHED = published();

    private HostilePosts() {
    }

    /** A published post with one to eight hostile changes. */
    public static Arbitrary<Sample> mutated() {
        Arbitrary<Change> change = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 1_000_000))
                .as(Change::new);
        return Combinators.combine(Arbitraries.of(PUBLISHED), change.list().ofMinSize(1).ofMaxSize(8))
                .as((post, changes) -> {
                    byte[] bytes = post.bytes();
                    for (Change each : changes) {
                        bytes = each.apply(bytes);
                    }
                    return new Sample(post.path(), bytes);
                });
    }

    /** A post of up to 80 lines, each a digest's line or random text, with any line endings. */
    public static Arbitrary<Sample> generated() {
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(LINES)),
                Tuple.of(1, Arbitraries.strings().withChars("#>-*[]()!`\"':|\\ \t&;<>가나다.?😀a1")
                        .ofMaxLength(30)));
        Arbitrary<String> ending = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r");
        Arbitrary<String> text = Combinators.combine(line, ending).as(String::concat).list().ofMaxSize(80)
                .map(lines -> String.join("", lines));
        Arbitrary<String> path = Arbitraries.of("_posts/2025-09-26-daily-papers.md", "_posts/2025-09-26-notes.md",
                "_posts/notes.md");
        return Combinators.combine(path, text).as((name, post) -> new Sample(name,
                post.getBytes(StandardCharsets.UTF_8)));
    }

    /** A kind of change; {@code where} and {@code what} pick the place and the detail. */
    enum Kind {
        DELETE_LINE, DUPLICATE_LINE, INSERT_LINE, SWAP_LINES, INSERT_BYTES, OVERWRITE_BYTE, TRUNCATE, FLIP_QUOTE,
        FLIP_BRACKET, CHANGE_LINE_ENDING
    }

    record Change(Kind kind, int where, int what) {

        byte[] apply(byte[] post) {
            List<byte[]> lines = lines(post);
            int line = where % lines.size();
            switch (kind) {
                case DELETE_LINE -> lines.remove(line);
                case DUPLICATE_LINE -> lines.add(line, lines.get(line));
                case INSERT_LINE -> lines.add(line, (LINES.get(what % LINES.size()) + "\n").getBytes(
                        StandardCharsets.UTF_8));
                case SWAP_LINES -> lines.set(line, lines.set(what % lines.size(), lines.get(line)));
                case INSERT_BYTES -> {
                    byte[] inserted = {(byte) what, (byte) (what >> 8), 0, (byte) 0xC3, (byte) 0xFF};
                    return splice(post, where % (post.length + 1), 0, Arrays.copyOf(inserted, 1 + what % 5));
                }
                case OVERWRITE_BYTE -> {
                    return post.length == 0 ? post : splice(post, where % post.length, 1, new byte[] {(byte) what});
                }
                case TRUNCATE -> {
                    return Arrays.copyOf(post, where % (post.length + 1));
                }
                case FLIP_QUOTE -> {
                    return replaceOneOf(post, "\"'", new byte[][] {{'"'}, {'\''}, {}});
                }
                case FLIP_BRACKET -> {
                    return replaceOneOf(post, "[]()", new byte[][] {{'['}, {']'}, {'('}, {')'}, {}});
                }
                case CHANGE_LINE_ENDING -> {
                    byte[][] endings = {{'\r', '\n'}, {'\r'}, {'\n', '\n'}, {}};
                    return replaceOneOf(post, "\n", endings);
                }
            }
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            lines.forEach(joined::writeBytes);
            return joined.toByteArray();
        }

        /** Replaces the chosen one of the bytes that are among some chars by one of the replacements. */
        private byte[] replaceOneOf(byte[] post, String chars, byte[][] replacements) {
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < post.length; i++) {
                if (post[i] >= 0 && chars.indexOf(post[i]) >= 0) {
                    found.add(i);
                }
            }
            return found.isEmpty() ? post
                    : splice(post, found.get(where % found.size()), 1, replacements[what % replacements.length]);
        }

        /** Lines with their line feeds; the last one may have none. */
        private static List<byte[]> lines(byte[] post) {
            List<byte[]> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < post.length; i++) {
                if (post[i] == '\n') {
                    lines.add(Arrays.copyOfRange(post, start, i + 1));
                    start = i + 1;
                }
            }
            lines.add(Arrays.copyOfRange(post, start, post.length));
            return lines;
        }

        private static byte[] splice(byte[] post, int at, int removed, byte[] inserted) {
            byte[] result = new byte[post.length - removed + inserted.length];
            System.arraycopy(post, 0, result, 0, at);
            System.arraycopy(inserted, 0, result, at, inserted.length);
            System.arraycopy(post, at + removed, result, at + inserted.length, post.length - at - removed);
            return result;
        }
    }

    private static List<Sample> published() {
        try (Stream<Path> files = Files.list(Path.of(HostilePosts.class.getResource("/corpus/_posts").toURI()))) {
            return files.sorted().map(file -> new Sample("_posts/" + file.getFileName(), read(file))).toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
