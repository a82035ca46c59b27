package io.github.digestlint.baseline;

import java.util.Comparator;

/**
 * A finding as the baseline holds it. A finding matches the entry by its rule, its post and its
 * fingerprint; the line and the message are there for a person reading the file or its diff.
 *
 * @param path the post, relative to the blog's folder, with forward slashes
 * @param line the line the finding started on when the baseline was written
 * @param rule the rule's id
 * @param message what the finding said
 * @param fingerprint see {@link FindingFingerprints}
 */
public record BaselineEntry(String path, int line, String rule, String message, String fingerprint)
        implements Comparable<BaselineEntry> {

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::path)
            .thenComparingInt(BaselineEntry::line)
            .thenComparing(BaselineEntry::rule)
            .thenComparing(BaselineEntry::message)
            .thenComparing(BaselineEntry::fingerprint);

    /** What a finding is matched by. */
    record Key(String rule, String path, String fingerprint) {
    }

    Key key() {
        return new Key(rule, path, fingerprint);
    }

    BaselineEntry withPath(String otherPath) {
        return new BaselineEntry(otherPath, line, rule, message, fingerprint);
    }

    @Override
    public int compareTo(BaselineEntry other) {
        return ORDER.compare(this, other);
    }

    /** The line a log lists it with: {@code _posts/a.md:12: message [rule]}. */
    public String format() {
        return path + ":" + line + ": " + message + " [" + rule + "]";
    }
}
