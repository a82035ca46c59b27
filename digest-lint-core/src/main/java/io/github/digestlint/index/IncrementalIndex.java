package io.github.digestlint.index;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.PostCache;
import io.github.digestlint.engine.PostCheck;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.source.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What earlier runs found in each post, keyed by the hash of the post's bytes, so that an
 * unchanged post is not parsed again. It keeps each post's findings and its summary, which is all
 * the rules across posts read, so they still see every post and a changed post is checked again
 * against the unchanged ones. The index belongs to one version of digest-lint and one effective
 * configuration (its fingerprint): any change to either starts it afresh. Thread-safe.
 */
public final class IncrementalIndex implements PostCache {

    /** One post as last checked. */
    record StoredPost(String hash, PostCheck check) {
    }

    private final String fingerprint;
    private final Map<String, StoredPost> entries = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    /**
     * Whether the file lacks something the index knows: it held another index or none, or a post
     * was checked afresh.
     */
    private volatile boolean unsaved = true;

    private IncrementalIndex(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    /**
     * The index stored in a file, or an empty one when there is none, it is unreadable, or it was
     * written by another version or configuration.
     *
     * @param fingerprint digest-lint's version and the effective configuration, as one string
     */
    public static IncrementalIndex load(Path file, String fingerprint) {
        IncrementalIndex index = new IncrementalIndex(fingerprint);
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

    /** As the post was last checked when its bytes are the same, else the checker's, which the index then keeps. */
    @Override
    public PostCheck check(String path, byte[] bytes, Function<byte[], PostCheck> checker) {
        seen.add(path);
        String hash = Sha256.hex(bytes);
        StoredPost known = entries.get(path);
        if (known != null && known.hash().equals(hash)) {
            return known.check();
        }
        PostCheck check = checker.apply(bytes);
        entries.put(path, new StoredPost(hash, check));
        unsaved = true;
        return check;
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
