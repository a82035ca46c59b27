package io.github.digestlint.engine;

import io.github.digestlint.source.FileStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A post's content as the engine hands it to a {@link PostCache}: the file's stamp, and its bytes,
 * read only when asked, so that a cache that trusts the stamp never reads the file. Used by one
 * thread.
 */
public final class PostContent {

    /** Reads a post's bytes as every run does, under its size limit. */
    @FunctionalInterface
    public interface Reader {
        byte[] read(Path file) throws IOException;
    }

    private final Path file;
    private final Reader reader;
    private byte[] bytes;

    private PostContent(Path file, Reader reader, byte[] bytes) {
        this.file = file;
        this.reader = reader;
        this.bytes = bytes;
    }

    /** A post's file, read on first use. */
    public static PostContent file(Path file, Reader reader) {
        return new PostContent(file, reader, null);
    }

    /** Content given rather than read, such as a post not yet written: it has no stamp. */
    public static PostContent given(byte[] bytes) {
        return new PostContent(null, null, bytes);
    }

    /** The size and modification time of the post's file, or nothing when the content was given. */
    public Optional<FileStamp> stamp() throws IOException {
        return file == null ? Optional.empty() : Optional.of(FileStamp.of(file));
    }

    public byte[] bytes() throws IOException {
        if (bytes == null) {
            bytes = reader.read(file);
        }
        return bytes;
    }
}
