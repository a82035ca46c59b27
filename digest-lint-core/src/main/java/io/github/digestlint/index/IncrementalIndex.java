package io.github.digestlint.index;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.PostCache;
import io.github.digestlint.engine.PackedCheck;
import io.github.digestlint.engine.PostContent;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.source.FileStamp;
import io.github.digestlint.source.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What earlier runs found in each post, so that an unchanged post is not parsed again. It keeps
 * each post's findings and its summary, which is all the rules across posts read, so they still
 * see every post and a changed post is checked again against the unchanged ones.
 *
 * <p>A post is known unchanged by its bytes (their SHA-256), or, without reading it, by its file's
 * {@link FileStamp}, as git's index knows a file: its size, its modification time and, where the
 * file system keeps them, the time its metadata changed and its inode, all as they were when the
 * index checked it. A stamp vouches for the content only when the post had not changed for
 * {@link #SETTLED} before the run that stored it: a file changed again within one tick of the file
 * system's clock keeps its times, and is then read. A fresh checkout gives every file new times:
 * its first run reads and hashes every post, and stores the new stamps.
 *
 * <p>The index belongs to one version of digest-lint and one effective configuration (its
 * fingerprint): any change to either starts it afresh. Thread-safe.
 */
public final class IncrementalIndex implements PostCache {

    /** How long a post must have been left alone before its stamp vouches for it. */
    static final long SETTLED = TimeUnit.SECONDS.toNanos(2);

    /** One post as last checked: its hash, the stamp that vouches for it if any, and its check. */
    record StoredPost(byte[] hash, Optional<FileStamp> stamp, PackedCheck check) {
    }

    private final String fingerprint;
    /** A post changed after this time, in nanoseconds since the epoch, is not vouched for by its stamp. */
    private final long settledBefore;
    private final Map<String, StoredPost> entries = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    /**
     * Whether the file lacks something the index knows: it held another index or none, or a post
     * was checked afresh or got a new stamp.
     */
    private volatile boolean unsaved = true;

    private IncrementalIndex(String fingerprint, long settledBefore) {
        this.fingerprint = fingerprint;
        this.settledBefore = settledBefore;
    }

    /**
     * The index stored in a file, or an empty one when there is none, it is unreadable, or it was
     * written by another version or configuration.
     *
     * @param fingerprint digest-lint's version and the effective configuration, as one string
     */
    public static IncrementalIndex load(Path file, String fingerprint) {
        return load(file, fingerprint, TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()) - SETTLED);
    }

    /**
     * The index as {@link #load(Path, String)} gives it, with the time before which a post's stamp
     * is settled given: a test cannot set the time of a file's last metadata change back.
     */
    static IncrementalIndex load(Path file, String fingerprint, long settledBefore) {
        IncrementalIndex index = new IncrementalIndex(fingerprint, settledBefore);
        try {
            IndexFile.read(file, fingerprint).ifPresent(posts -> {
                index.entries.putAll(posts);
                index.unsaved = false;
            });
        } catch (NoSuchFileException e) {
            // The first run: nothing to reuse.
        } catch (IOException | RuntimeException e) {
            // A damaged index costs a full run, never a wrong result.
        }
        return index;
    }

    /** Where the index of a build lives, given the build's output folder ({@code target}). */
    public static Path file(Path buildDirectory) {
        return buildDirectory.resolve("digest-lint").resolve("index.bin");
    }

    /**
     * Writes the posts of this run, and only those, so that deleted posts leave the index. A run
     * that found the file complete and changed nothing leaves it alone.
     */
    public void save(Path file) throws IOException {
        if (entries.keySet().retainAll(seen)) {
            unsaved = true;
        }
        if (!unsaved) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        IndexFile.write(file, fingerprint, entries);
        unsaved = false;
    }

    /**
     * As the post was last checked when its stamp or its bytes say it is unchanged, else the
     * checker's, which the index then keeps. A stored check is handed back as it was stored: the
     * engine unpacks it, and tells the index to {@link #forget(String)} one it cannot.
     */
    @Override
    public PackedCheck check(String path, PostContent content, Function<byte[], PackedCheck> checker)
            throws IOException {
        seen.add(path);
        StoredPost known = entries.get(path);
        Optional<FileStamp> stamp = content.stamp();
        if (known != null && known.stamp().isPresent() && known.stamp().equals(stamp)) {
            return known.check();
        }
        byte[] bytes = content.bytes();
        byte[] hash = Sha256.digest(bytes);
        Optional<FileStamp> vouching = stamp.filter(settled -> settled.lastChangeNanos() < settledBefore);
        if (known != null && Arrays.equals(known.hash(), hash)) {
            // Content given rather than read, which has no stamp, leaves the file's stamp as it was.
            if (stamp.isPresent() && !known.stamp().equals(vouching)) {
                entries.put(path, new StoredPost(hash, vouching, known.check()));
                unsaved = true;
            }
            return known.check();
        }
        PackedCheck check = checker.apply(bytes);
        entries.put(path, new StoredPost(hash, vouching, check));
        unsaved = true;
        return check;
    }

    @Override
    public void forget(String path) {
        entries.remove(path);
        unsaved = true;
    }

    /**
     * The fingerprint of a run's setup: what changes every result when it changes.
     *
     * @param version digest-lint's version
     * @param configuration the configuration the findings are made with
     */
    public static String fingerprint(String version, Configuration configuration) {
        return version + "/" + configuration.fileDigest();
    }

    /**
     * A run with the index in this file, as every entry point makes it: the index is loaded, the run
     * learns from it and teaches it, and it is saved. A failed save costs only the next run's head
     * start, so it is a warning.
     *
     * @param version the version of digest-lint, which with the configuration fingerprints the index
     * @param run the run, given the index as its cache
     * @param warn where a failed save is said
     */
    public static LintResult run(Path file, String version, Configuration configuration,
            Function<PostCache, LintResult> run, Consumer<String> warn) {
        IncrementalIndex index = load(file, fingerprint(version, configuration));
        LintResult result = run.apply(index);
        try {
            index.save(file);
        } catch (IOException e) {
            warn.accept("Cannot save the incremental index " + file + ": " + PostFiles.describe(e));
        }
        return result;
    }
}
