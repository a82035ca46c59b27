package io.github.digestlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Makes a large blog of daily digests out of the five published ones, for benchmarks.
 *
 * <p>Each generated post follows one published post, its template, and takes from it what is
 * decided once per post: the front matter (so a stray title quote comes along), and its entries,
 * which carry the per-entry defects (no Alphaxiv line, run-on title spaces, trailing spaces on
 * section headings, unlabelled Introductions). The entries are shuffled and repeated or cut until
 * the post is about {@link #TARGET_BYTES} long. The templates go round in blocks of five, one of
 * each in a shuffled order, so every fifth of the posts follows each published post and the share
 * of posts with each kind of finding stays that of the published posts.
 *
 * <p>What would make new findings is rewritten consistently: post {@code i} is dated
 * {@link #FIRST_DAY} plus {@code i} days in its file name, title and date; entries are numbered
 * from 1; each entry gets an arXiv id of the post's month, unique in the whole blog, in its link
 * and its Alphaxiv line; and each entry's text is made its own (see {@link #ownText}), as a blog
 * that summarises a new paper in every entry has no two entries of the same text. Post {@code i}
 * depends only on the seed and {@code i}, so a small blog is the start of a larger one.
 *
 * <p>A blog of few papers instead gives its entries ids out of a fixed set of {@code papers} ids
 * of the first month, the same papers summarised again and again: the worst case for the rules
 * across posts.
 */
public final class CorpusGenerator {

    /** The first post's day: from January 2015 on, every arXiv id has five digits after the dot. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    /** A little over the published posts' mean (19 KB), so that 10,000 posts make about 200 MB. */
    public static final int TARGET_BYTES = 20_000;
    /** The seed of the blogs in docs/performance.md. */
    public static final long DEFAULT_SEED = 1;

    private static final Pattern ARXIV_ID = Pattern.compile("arxiv\\.org/abs/(\\d{4}\\.\\d{4,5})");
    private static final Pattern ENTRY_NUMBER = Pattern.compile("^# \\d+\\.");
    private static final DateTimeFormatter YYMM = DateTimeFormatter.ofPattern("yyMM");
    private static final String ENTRY_SEPARATOR = "\n\n";
    /**
     * A run of Hangul syllables long enough that two of its inner syllables can change while its
     * first and its last two, where a word's particle and a sentence's ending are, stay as written.
     */
    private static final Pattern LONG_WORD = Pattern.compile("[\uAC00-\uD7A3]{5,}");
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_SYLLABLES = 0xD7A3 - HANGUL_FIRST + 1;
    /** Entries per post that {@link #ownText} can tell apart: a post has a few dozen at most. */
    private static final int ENTRIES_PER_POST = 1_000;

    private final List<FixturePost> fixtures;
    private final long seed;
    /** How many distinct papers the blog summarises; 0 for a new paper in every entry. */
    private final int papers;

    /** Generates from the five published posts, every entry a paper of its own. */
    public CorpusGenerator(long seed) {
        this(FixturePost.load(), seed, 0);
    }

    /** Generates from the five published posts, every entry one of {@code papers} papers. */
    public CorpusGenerator(long seed, int papers) {
        this(FixturePost.load(), seed, papers);
    }

    CorpusGenerator(List<FixturePost> fixtures, long seed, int papers) {
        this.fixtures = List.copyOf(fixtures);
        this.seed = seed;
        this.papers = papers;
    }

    /**
     * Writes {@code count} posts into a folder and prints how their findings compare with the
     * published posts': {@code CorpusGenerator <count> <posts folder> [<seed> [<papers>]]}, where
     * {@code papers}, when given, is how many distinct papers all the entries share. The folder must
     * be empty or absent, so that no post of an earlier run is counted.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: CorpusGenerator <count> <posts folder> [<seed> [<papers>]]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        long seed = args.length >= 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        int papers = args.length == 4 ? Integer.parseInt(args[3]) : 0;
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                if (files.findAny().isPresent()) {
                    System.err.println(folder + " is not empty; remove it first");
                    System.exit(2);
                }
            }
        }
        long bytes = new CorpusGenerator(seed, papers).write(folder, count);
        System.out.printf("wrote %,d posts, %,.1f MB (%,d bytes per post on average), seed %d, to %s%n", count,
                bytes / 1e6, bytes / count, seed, folder);
        FindingsProfile generated = FindingsProfile.of(folder);
        System.out.println();
        System.out.print(FindingsProfile.comparison(FindingsProfile.ofFixtures(), generated));
    }

    /** The first {@code count} posts. */
    public List<GeneratedPost> posts(int count) {
        return IntStream.range(0, count).mapToObj(this::post).toList();
    }

    /**
     * Writes the first {@code count} posts into a folder, creating it.
     *
     * @return the bytes written
     */
    public long write(Path postsDir, int count) throws IOException {
        Files.createDirectories(postsDir);
        long bytes = 0;
        for (int index = 0; index < count; index++) {
            GeneratedPost post = post(index);
            byte[] content = post.bytes();
            Files.write(postsDir.resolve(post.fileName()), content);
            bytes += content.length;
        }
        return bytes;
    }

    /** Post {@code index}, counted from 0. */
    public GeneratedPost post(int index) {
        LocalDate day = FIRST_DAY.plusDays(index);
        FixturePost template = template(index);
        Random random = random(2L * index);
        StringBuilder text = new StringBuilder(template.frontMatter().replace(template.date(), day.toString()))
                .append(template.preamble());
        int bytes = utf8Length(text);
        List<String> unused = new ArrayList<>();
        for (int number = 1; ; number++) {
            if (unused.isEmpty()) {
                unused.addAll(template.entries());
                Collections.shuffle(unused, random);
            }
            String entry = (number == 1 ? "" : ENTRY_SEPARATOR)
                    + rewrite(unused.remove(unused.size() - 1), number, paperId(index, number, day),
                            (long) index * ENTRIES_PER_POST + number);
            int withEntry = bytes + utf8Length(entry);
            // Stop where the post is nearest the target, with at least one entry.
            if (number > 1 && Math.abs(withEntry - TARGET_BYTES) >= Math.abs(bytes - TARGET_BYTES)) {
                break;
            }
            text.append(entry);
            bytes = withEntry;
        }
        return new GeneratedPost(day + "-daily-papers.md", text.append('\n').toString());
    }

    /** The template of a post: the published posts in a shuffled order, afresh for every five posts. */
    private FixturePost template(int index) {
        List<FixturePost> order = new ArrayList<>(fixtures);
        Collections.shuffle(order, random(2L * (index / order.size()) + 1));
        return order.get(index % order.size());
    }

    /**
     * The id of entry {@code number} of post {@code index}: one no other entry has, or one of the
     * blog's few papers, of the first month so that no id is newer than its post. A post's entries
     * take consecutive ids of the few, so that no paper is twice in one post while it has fewer
     * entries than there are papers.
     */
    private String paperId(int index, int number, LocalDate day) {
        if (papers == 0) {
            // The day of the month and the entry number (a post has far fewer than 1,000) make the id
            // unique in the blog, and its YYMM is the post's month.
            return day.format(YYMM) + "." + String.format("%02d%03d", day.getDayOfMonth(), number);
        }
        return FIRST_DAY.format(YYMM) + "." + String.format("%05d", 1 + Math.floorMod(index * 7 + number, papers));
    }

    /**
     * An entry as entry {@code number} of its post, with the given id in its link and its Alphaxiv
     * line, and a text that no other entry of the blog has.
     *
     * @param serial the entry's number in the whole blog
     */
    private static String rewrite(String entry, int number, String id, long serial) {
        Matcher link = ARXIV_ID.matcher(entry);
        if (!link.find()) {
            throw new IllegalStateException("an entry without an arXiv link: " + entry.lines().findFirst().orElse(""));
        }
        String renumbered = ENTRY_NUMBER.matcher(entry).replaceFirst("# " + number + ".");
        return ownText(renumbered.replace(link.group(1), id), serial);
    }

    /**
     * The entry with two syllables of its first long Korean word, on a line of prose, replaced by
     * two that spell {@code serial}. Without it, every entry would repeat a published entry's text
     * word for word, and {@code repeated-summary} would find each entry again in hundreds of posts:
     * no blog of summaries of distinct papers is like that. The replacement keeps every length, every
     * sentence's ending and every char's class, so that no other rule sees a difference.
     */
    private static String ownText(String entry, long serial) {
        int lineStart = 0;
        for (String line : entry.split("\n", -1)) {
            Matcher word = LONG_WORD.matcher(line);
            if (!line.startsWith("#") && !line.startsWith(">") && word.find()) {
                int at = lineStart + word.start() + 1;
                char high = (char) (HANGUL_FIRST + serial / HANGUL_SYLLABLES % HANGUL_SYLLABLES);
                char low = (char) (HANGUL_FIRST + serial % HANGUL_SYLLABLES);
                return entry.substring(0, at) + high + low + entry.substring(at + 2);
            }
            lineStart += line.length() + 1;
        }
        throw new IllegalStateException("an entry without a long Korean word in its prose: "
                + entry.lines().findFirst().orElse(""));
    }

    /** A generator for each stream, so that no post depends on the posts before it. */
    private Random random(long stream) {
        // SplittableRandom mixes its seed thoroughly, so neighbouring seeds and streams do not correlate.
        long mixedSeed = new SplittableRandom(seed).nextLong();
        return new Random(new SplittableRandom(mixedSeed + stream).nextLong());
    }

    private static int utf8Length(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** A generated post: its file name in {@code _posts/} and its text. */
    public record GeneratedPost(String fileName, String text) {

        public byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
