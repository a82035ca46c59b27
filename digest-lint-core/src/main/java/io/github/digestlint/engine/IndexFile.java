package io.github.digestlint.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.digestlint.engine.IncrementalIndex.Entry;
import io.github.digestlint.fix.PostWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The incremental index's file: a JSON object of the layout, the fingerprint, and each post by
 * path (see {@link EntryCodec}). It is read and written as a stream, one post at a time, so that a
 * large blog's index is never in memory as bytes; it is replaced whole, so that an interrupted run
 * leaves the old index or the new one.
 */
final class IndexFile {

    /**
     * Changes with the layout, so that an index that an earlier build of the same version wrote in
     * another layout is not misread.
     */
    private static final int LAYOUT = 2;

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
    static Optional<Map<String, Entry>> read(Path file, String fingerprint) throws IOException {
        // The parser reads the stream in blocks of its own, so the stream needs no buffer.
        try (JsonParser in = JSON.createParser(Files.newInputStream(file))) {
            if (in.nextToken() != JsonToken.START_OBJECT
                    || !"layout".equals(in.nextFieldName()) || in.nextIntValue(0) != LAYOUT
                    || !"fingerprint".equals(in.nextFieldName()) || !fingerprint.equals(in.nextTextValue())
                    || !"posts".equals(in.nextFieldName()) || in.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Map<String, Entry> posts = new HashMap<>();
            for (String path = in.nextFieldName(); path != null; path = in.nextFieldName()) {
                in.nextToken();
                posts.put(path, EntryCodec.read(in, path));
            }
            if (in.nextToken() != JsonToken.END_OBJECT || in.nextToken() != null) {
                throw new IOException("the incremental index " + file + " goes on after its end");
            }
            return Optional.of(posts);
        }
    }

    /** Replaces the file with these posts, in the order of their paths. */
    static void write(Path file, String fingerprint, Map<String, Entry> posts) throws IOException {
        PostWriter.write(file, stream -> {
            try (JsonGenerator out = JSON.createGenerator(stream)) {
                out.writeStartObject();
                out.writeNumberField("layout", LAYOUT);
                out.writeStringField("fingerprint", fingerprint);
                out.writeObjectFieldStart("posts");
                for (Map.Entry<String, Entry> post : new TreeMap<>(posts).entrySet()) {
                    out.writeFieldName(post.getKey());
                    EntryCodec.write(out, post.getValue());
                }
                out.writeEndObject();
                out.writeEndObject();
            }
        });
    }
}
