package io.github.digestlint.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.digestlint.index.IncrementalIndex.StoredPost;
import io.github.digestlint.source.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The incremental index's file: a JSON object of the layout, the fingerprint, the table of strings
 * the findings share, and each post by path (see {@link StoredPostCodec}). It is read and written
 * as a stream, one post at a time, so that a large blog's index is never in memory as bytes; it is
 * replaced whole, so that an interrupted run leaves the old index or the new one.
 */
final class IndexFile {

    /**
     * Changes with the layout, so that an index that an earlier build of the same version wrote in
     * another layout is not misread.
     */
    private static final int LAYOUT = 4;

    private static final JsonFactory JSON = new JsonFactory();

    private IndexFile() {
    }

    /**
     * The posts stored in the file, or nothing when it was written in another layout or by another
     * version or configuration.
     *
     * @throws IOException when the file cannot be read or is damaged
     * @throws RuntimeException when a stored place is not a place in a post
     */
    static Optional<Map<String, StoredPost>> read(Path file, String fingerprint) throws IOException {
        // The parser reads the stream in blocks of its own, so the stream needs no buffer.
        try (JsonParser in = JSON.createParser(Files.newInputStream(file))) {
            if (in.nextToken() != JsonToken.START_OBJECT
                    || !"layout".equals(in.nextFieldName()) || in.nextIntValue(0) != LAYOUT
                    || !"fingerprint".equals(in.nextFieldName()) || !fingerprint.equals(in.nextTextValue())
                    || !"strings".equals(in.nextFieldName())) {
                return Optional.empty();
            }
            in.nextToken();
            StoredPostCodec.Reader reader = new StoredPostCodec.Reader(in);
            if (!"posts".equals(in.nextFieldName()) || in.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the incremental index " + file + " has no posts after its strings");
            }
            Map<String, StoredPost> posts = new HashMap<>();
            for (String path = in.nextFieldName(); path != null; path = in.nextFieldName()) {
                in.nextToken();
                posts.put(path, reader.read(in, path));
            }
            if (in.nextToken() != JsonToken.END_OBJECT || in.nextToken() != null) {
                throw new IOException("the incremental index " + file + " goes on after its end");
            }
            return Optional.of(posts);
        }
    }

    /** Replaces the file with these posts, in the order of their paths. */
    static void write(Path file, String fingerprint, Map<String, StoredPost> posts) throws IOException {
        AtomicFile.write(file, stream -> {
            try (JsonGenerator out = JSON.createGenerator(stream)) {
                out.writeStartObject();
                out.writeNumberField("layout", LAYOUT);
                out.writeStringField("fingerprint", fingerprint);
                SortedMap<String, StoredPost> byPath = new TreeMap<>(posts);
                StoredPostCodec.Writer writer = new StoredPostCodec.Writer(byPath.values());
                out.writeFieldName("strings");
                writer.writeStrings(out);
                out.writeObjectFieldStart("posts");
                for (Map.Entry<String, StoredPost> post : byPath.entrySet()) {
                    out.writeFieldName(post.getKey());
                    writer.write(out, post.getValue());
                }
                out.writeEndObject();
                out.writeEndObject();
            }
        });
    }
}
