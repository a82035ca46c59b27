package io.github.digestlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a file up to a size limit. A file past the limit is refused after reading one byte more
 * than the limit, so a huge file costs no more memory than the limit, whatever its size (and even
 * if it grows while it is read).
 */
public final class FileBytes {

    private static final int MEGABYTE = 1 << 20;

    /** A file larger than the limit; its message says so in words, for a finding. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(int maxBytes) {
            super("it is larger than " + size(maxBytes) + ", the most digest-lint reads of one post, so it is not"
                    + " checked");
        }

        /** {@code 1 MB (1,048,576 bytes)}, or just the bytes when they are not whole megabytes. */
        private static String size(int bytes) {
            String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
            return bytes % MEGABYTE == 0 ? bytes / MEGABYTE + " MB (" + exact + ")" : exact;
        }
    }

    private FileBytes() {
    }

    /**
     * @throws TooLargeException when the file holds more than {@code maxBytes} bytes
     */
    public static byte[] read(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, maxBytes);
        }
    }

    /**
     * Reads a stream, such as standard input, to its end, under the same limit.
     *
     * @throws TooLargeException when the stream holds more than {@code maxBytes} bytes
     */
    public static byte[] read(InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
        return bytes;
    }
}
