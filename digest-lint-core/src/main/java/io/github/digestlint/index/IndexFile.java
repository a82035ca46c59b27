package io.github.digestlint.index;

import io.github.digestlint.engine.PackedCheck;
import io.github.digestlint.index.IncrementalIndex.StoredPost;
import io.github.digestlint.source.BinaryReader;
import io.github.digestlint.source.BinaryWriter;
import io.github.digestlint.source.AtomicFile;
import io.github.digestlint.source.FileStamp;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The incremental index's file, in a binary layout (numbers and strings as {@link BinaryWriter}
 * writes them):
 *
 * <pre>
 * "DLIX", layout (4 bytes), check format (4 bytes), fingerprint, [post...], CRC-32 (4 bytes)
 * post   path, stamp?, SHA-256 of the post (32 bytes), length of its check, its check
 * stamp  size, times of the last change of content and of metadata in nanoseconds, inode
 * </pre>
 *
 * The CRC-32 covers all that comes before it; the check format is {@link PackedCheck#FORMAT}. A
 * post's check is its {@link PackedCheck}, which the engine keeps of each post anyway: reading
 * takes the file in whole and unpacks no check, the engine unpacks each in its turn, and writing
 * copies the checks of unchanged posts as they were read; so the file's bytes stay in memory while
 * any of its checks is in use. The checksum makes a damaged file fail to read as a whole. The file is replaced whole, so that an
 * interrupted run leaves the old index or the new one.
 */
final class IndexFile {

    private static final byte[] MAGIC = "DLIX".getBytes(StandardCharsets.US_ASCII);
    /**
     * Changes with the layout, so that an index that an earlier build of the same version wrote in
     * another layout is not misread.
     */
    static final int LAYOUT = 6;
    private static final int SHA256_BYTES = 32;
    private static final int HEADER_BYTES = MAGIC.length + 2 * Integer.BYTES;
    /** The most bytes an array, and so a file read in one go, can hold. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private IndexFile() {
    }

    /**
     * The posts stored in the file, or nothing when it was written in another layout or by another
     * version or configuration.
     *
     * @throws IOException when the file cannot be read or is damaged
     */
    static Optional<Map<String, StoredPost>> read(Path file, String fingerprint) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw BinaryReader.damaged("it is larger than an index can be, " + Files.size(file) + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer numbers = ByteBuffer.wrap(bytes);
        if (bytes.length < HEADER_BYTES + Integer.BYTES
                || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || numbers.getInt(MAGIC.length) != LAYOUT
                || numbers.getInt(MAGIC.length + Integer.BYTES) != PackedCheck.FORMAT) {
            return Optional.empty();
        }
        int contentEnd = bytes.length - Integer.BYTES;
        CRC32 checksum = new CRC32();
        checksum.update(bytes, 0, contentEnd);
        if ((int) checksum.getValue() != numbers.getInt(contentEnd)) {
            throw BinaryReader.damaged("its checksum does not match its content");
        }
        BinaryReader in = new BinaryReader(bytes, HEADER_BYTES, contentEnd - HEADER_BYTES);
        if (!fingerprint.equals(in.readString())) {
            return Optional.empty();
        }
        Map<String, StoredPost> posts = new HashMap<>();
        while (!in.atEnd()) {
            String path = in.readString();
            Optional<FileStamp> stamp = in.readBoolean()
                    ? Optional.of(new FileStamp(in.readCount(), in.readLong(), in.readLong(), in.readLong()))
                    : Optional.empty();
            int hashStart = in.skip(SHA256_BYTES);
            byte[] hash = Arrays.copyOfRange(bytes, hashStart, hashStart + SHA256_BYTES);
            int checkLength = in.readSize();
            posts.put(path, new StoredPost(hash, stamp, PackedCheck.of(bytes, in.skip(checkLength), checkLength)));
        }
        return Optional.of(posts);
    }

    /** Replaces the file with these posts, in the order of their paths. */
    static void write(Path file, String fingerprint, Map<String, StoredPost> posts) throws IOException {
        AtomicFile.write(file, stream -> {
            CRC32 checksum = new CRC32();
            // The checksum sees the buffer's blocks, not each small write.
            OutputStream out = new BufferedOutputStream(new CheckedOutputStream(stream, checksum), 1 << 16);
            BinaryWriter record = new BinaryWriter();
            record.writeBytes(MAGIC);
            record.writeBytes(intBytes(LAYOUT));
            record.writeBytes(intBytes(PackedCheck.FORMAT));
            record.writeString(fingerprint);
            out.write(record.buffer(), 0, record.length());
            SortedMap<String, StoredPost> byPath = new TreeMap<>(posts);
            for (Map.Entry<String, StoredPost> entry : byPath.entrySet()) {
                StoredPost post = entry.getValue();
                record.clear();
                record.writeString(entry.getKey());
                record.writeBoolean(post.stamp().isPresent());
                post.stamp().ifPresent(stamp -> {
                    record.writeCount(stamp.size());
                    record.writeLong(stamp.modifiedNanos());
                    record.writeLong(stamp.changedNanos());
                    record.writeLong(stamp.inode());
                });
                record.writeBytes(post.hash());
                record.writeCount(post.check().length());
                out.write(record.buffer(), 0, record.length());
                post.check().writeTo(out);
            }
            out.flush();
            stream.write(intBytes((int) checksum.getValue()));
        });
    }

    private static byte[] intBytes(int value) {
        return ByteBuffer.allocate(Integer.BYTES).putInt(value).array();
    }
}
