package io.github.digestlint.baseline;

import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings a blog accepted when it adopted digest-lint, so that a check fails only on new ones.
 * A finding matches an entry by its rule, its post and its {@link FindingFingerprints fingerprint},
 * which survives lines added or removed above it; editing the finding's line makes it new. Matching
 * counts: two identical findings need two entries.
 */
public final class Baseline {

    /** The file a blog commits beside its configuration, read when no other is named. */
    public static final String DEFAULT_FILE = ".digest-lint-baseline.json";

    private final List<BaselineEntry> entries;

    private Baseline(List<BaselineEntry> entries) {
        this.entries = entries.stream().sorted().toList();
    }

    /**
     * The baseline of a run's findings.
     *
     * @param lines the posts the findings point at, whose lines fingerprint them
     */
    public static Baseline of(List<Finding> findings, PostLines lines) {
        List<String> fingerprints = FindingFingerprints.of(findings, lines);
        List<BaselineEntry> entries = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            entries.add(new BaselineEntry(finding.path(), finding.start().line(), finding.ruleId(), finding.message(),
                    fingerprints.get(i)));
        }
        return new Baseline(entries);
    }

    /**
     * The baseline a check reads, the same for every entry point: the file asked for, which must exist,
     * or else {@value #DEFAULT_FILE} in the blog's folder when there is one, or else none.
     *
     * @param baseDir the blog's folder, which holds the default file
     * @param requested the file asked for, if any
     * @throws NoSuchFileException when the file asked for does not exist; each entry point says how to
     *     name another
     * @throws BaselineException when the file cannot be read or is not a baseline; the message names it
     */
    public static Optional<Baseline> find(Path baseDir, Optional<Path> requested)
            throws NoSuchFileException, BaselineException {
        Path file = file(baseDir, requested);
        if (requested.isEmpty() && !Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "The baseline " + file + " does not exist");
        }
        return Optional.of(read(file));
    }

    /** The file a baseline is read from or written to: the one asked for, else the default in the blog's folder. */
    public static Path file(Path baseDir, Optional<Path> requested) {
        return requested.orElse(baseDir.resolve(DEFAULT_FILE));
    }

    /**
     * @throws NoSuchFileException when there is no such file
     * @throws BaselineException when it cannot be read or is not a baseline
     */
    public static Baseline read(Path file) throws NoSuchFileException, BaselineException {
        return new Baseline(BaselineFile.read(file));
    }

    /** Writes the file atomically, creating its folder when needed. */
    public void write(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        BaselineFile.write(file, entries);
    }

    /** The entries, sorted by post, line, rule and message. */
    public List<BaselineEntry> entries() {
        return entries;
    }

    /** How many posts the entries name. */
    long posts() {
        return entries.stream().map(BaselineEntry::path).distinct().count();
    }

    /**
     * What the baseline goal says once it wrote this baseline.
     *
     * @param shownFile the file as the user knows it
     * @param postsChecked how many posts the run checked
     */
    public String written(String shownFile, int postsChecked) {
        if (entries.isEmpty()) {
            return "No findings in " + plural(postsChecked, "post") + ": wrote an empty baseline " + shownFile
                    + ", so check will report every finding that appears";
        }
        return "wrote " + plural(entries.size(), "finding") + " in " + posts() + " of " + plural(postsChecked, "post")
                + " to the baseline " + shownFile
                + "; commit it, and check will report only findings that are not in it";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The entries of one post, for a run that checks only that post. */
    public Baseline onlyPost(String path) {
        return new Baseline(entries.stream().filter(entry -> entry.path().equals(path)).toList());
    }

    /**
     * Which of a run's findings are new and which the baseline holds, and which entries no longer occur.
     *
     * @param lines the posts the findings point at, whose lines fingerprint them
     */
    public BaselineMatch match(LintResult result, PostLines lines) {
        Map<BaselineEntry.Key, Deque<BaselineEntry>> unmatched = new HashMap<>();
        entries.forEach(entry -> unmatched.computeIfAbsent(entry.key(), key -> new ArrayDeque<>()).add(entry));
        List<String> fingerprints = FindingFingerprints.of(result.findings(), lines);
        List<Finding> reported = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (int i = 0; i < result.findings().size(); i++) {
            Finding finding = result.findings().get(i);
            Deque<BaselineEntry> known = unmatched.get(
                    new BaselineEntry.Key(finding.ruleId(), finding.path(), fingerprints.get(i)));
            if (known == null || known.isEmpty()) {
                reported.add(finding);
            } else {
                known.poll();
                baselined.add(finding);
            }
        }
        List<BaselineEntry> gone = unmatched.values().stream().flatMap(Deque::stream).sorted().toList();
        return new BaselineMatch(new LintResult(reported, result.posts(), result.postsParsed(),
                result.postsReplayed(), result.kinds()), baselined, gone);
    }
}
