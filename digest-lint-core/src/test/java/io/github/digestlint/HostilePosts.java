package io.github.digestlint;

import io.github.digestlint.Seeded.Drawn;
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
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Posts for property tests: the five published posts with hostile changes (lines inserted, deleted,
 * repeated and swapped, random bytes, truncation, quotes and brackets flipped, line endings mixed),
 * and posts put together from the lines digests are made of and random text. Changes are made to
 * bytes, so a post may stop being UTF-8. A mutated post is built from its changes, a generated one
 * from its lines, so that {@link Seeded} cuts a failing post down to the fewest, smallest of them.
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
            "&lt;&#x41;&copy; \\* \\[", "😀 emoji ✨", "(괄호 안의 문장이다.)\"", "1. ordered", "| a | b |",
            "모델은 <Plan>과 </Plan>, <title>을 낸다.", "<think>", "{{ question }} {% for x in xs %} {% set y %}",
            "{% raw %}{{ x }}{% endraw %}", "{% endraw %}", "{{ 와 {% if %}", "{%", "**\"인용\"**은 `x [a](b c)",
            "$$5에서 $$10, {: .a} 1~2 6~9");

    /** Random text: chars that mean something to Markdown or YAML, Hangul and an emoji. */
    private static final int[] TEXT_CHARS = "#>-*[]()!`\"':|\\ \t&;<>가나다.?😀a1".codePoints().toArray();

    private static final List<String> LINE_ENDINGS = List.of("\n", "\n", "\n", "\r\n", "\r");
    private static final List<String> PATHS = List.of("_posts/2025-09-26-daily-papers.md",
            "_posts/2025-09-26-notes.md", "_posts/notes.md");
    private static final List<Sample> PUBLISHED = published();
    private static final List<Kind> KINDS = List.of(Kind.values());

    private HostilePosts() {
    }

    /** A published post with one to eight hostile changes. */
    public static Drawn<Change, Sample> mutated(SplittableRandom random) {
        Sample post = Seeded.pick(random, PUBLISHED);
        List<Change> changes = Seeded.listOf(random, 1, 8,
                () -> new Change(Seeded.pick(random, KINDS), number(random), number(random)));
        return new Drawn<>(changes, chosen -> {
            byte[] bytes = post.bytes();
            for (Change each : chosen) {
                bytes = each.apply(bytes);
            }
            return new Sample(post.path(), bytes);
        }, Change::simpler);
    }

    /** A post of up to 80 lines, four in five of them a digest's and the rest random text, with any line endings. */
    public static Drawn<String, Sample> generated(SplittableRandom random) {
        String path = Seeded.pick(random, PATHS);
        List<String> lines = Seeded.listOf(random, 0, 80, () -> (random.nextInt(5) < 4 ? Seeded.pick(random, LINES)
                : randomText(random)) + Seeded.pick(random, LINE_ENDINGS));
        return new Drawn<>(lines, chosen -> new Sample(path, String.join("", chosen).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Half the numbers are small, so that many changes land on the first lines, the front matter;
     * the others pick any place in a post.
     */
    private static int number(SplittableRandom random) {
        return random.nextBoolean() ? random.nextInt(16) : random.nextInt(1_000_001);
    }

    private static String randomText(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(31); i > 0; i--) {
            text.appendCodePoint(TEXT_CHARS[random.nextInt(TEXT_CHARS.length)]);
        }
        return text.toString();
    }

    /** A kind of change; {@code where} and {@code what} pick the place and the detail. */
    public enum Kind {
        DELETE_LINE, DUPLICATE_LINE, INSERT_LINE, SWAP_LINES, INSERT_BYTES, OVERWRITE_BYTE, TRUNCATE, FLIP_QUOTE,
        FLIP_BRACKET, CHANGE_LINE_ENDING
    }

    public record Change(Kind kind, int where, int what) {

        /** The same change with smaller numbers: another place or detail, nearer the start. */
        List<Change> simpler() {
            List<Change> simpler = new ArrayList<>();
            if (where > 0) {
                simpler.add(new Change(kind, where / 2, what));
            }
            if (what > 0) {
                simpler.add(new Change(kind, where, what / 2));
            }
            return simpler;
        }

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
