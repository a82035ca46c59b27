package io.github.digestlint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What a file's metadata says of its content without reading it: its size and the time it was
 * last changed, to the nanosecond where the file system keeps it so.
 *
 * @param modifiedNanos the time of the last change, in nanoseconds since the epoch
 */
public record FileStamp(long size, long modifiedNanos) {

    /** The stamp of a file, or of the file a link leads to. */
    public static FileStamp of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }
}
