package io.github.digestlint.engine;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.digestlint.fix.PostWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What earlier runs found in each post, keyed by the hash of the post's bytes, so that an
 * unchanged post is not parsed again. It keeps each post's findings and its summary, which is all
 * the rules across posts read, so they still see every post and a changed post is checked again
 * against the unchanged ones. The index belongs to one version of digest-lint and one effective
 * configuration (its fingerprint): any change to either starts it afresh. Thread-safe.
 */
public class IncrementalIndex {

    /** An index that knows nothing and learns nothing: every post is parsed. */
    public static final IncrementalIndex NONE = new IncrementalIndex("") {
        @Override
        PostCheck check(String path, byte[] bytes, Function<byte[], PostCheck> checker) {
            return checker.apply(bytes);
        }
    };

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** One post as last checked. */
    record Entry(String hash, PostCheck check) {
    }

    /** The file's content. */
    record Stored(String fingerprint, Map<String, Entry> posts) {
    }

    private final String fingerprint;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

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
            Stored stored = JSON.readValue(Files.readAllBytes(file), Stored.class);
            if (fingerprint.equals(stored.fingerprint()) && stored.posts() != null) {
                index.entries.putAll(stored.posts());
            }
        } catch (NoSuchFileException e) {
            // The first run: nothing to reuse.
        } catch (IOException | RuntimeException e) {
            // A damaged index costs a full run, never a wrong result.
        }
        return index;
    }

    /** Writes the posts of this run, and only those, so that deleted posts leave the index. */
    public void save(Path file) throws IOException {
        Map<String, Entry> current = new TreeMap<>(entries);
        current.keySet().retainAll(seen);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            PostWriter.write(file, JSON.writeValueAsBytes(new Stored(fingerprint, current)));
        } catch (JacksonException e) {
            throw new IOException("cannot write the incremental index " + file + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The check of a post: as it was last time when its bytes are the same, else the checker's,
     * which the index then keeps.
     */
    PostCheck check(String path, byte[] bytes, Function<byte[], PostCheck> checker) {
        seen.add(path);
        String hash = hash(bytes);
        Entry known = entries.get(path);
        if (known != null && known.hash().equals(hash)) {
            return known.check();
        }
        PostCheck check = checker.apply(bytes);
        entries.put(path, new Entry(hash, check));
        return check;
    }

    /**
     * The fingerprint of a run's setup: what changes every result when it changes.
     *
     * @param version digest-lint's version
     * @param configuration the configuration file's bytes; empty for the built-in configuration
     */
    public static String fingerprint(String version, byte[] configuration) {
        return version + "/" + hash(configuration);
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
