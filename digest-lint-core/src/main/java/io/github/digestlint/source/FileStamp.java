package io.github.digestlint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a file's metadata says of its content without reading it, as git's index compares it: its
 * size, the time its content was last changed, and, where the file system keeps them (the
 * {@code unix} attribute view), the time its metadata was last changed and its inode. A program can
 * set a file's modification time back, but not the time of the change that did it, so a file
 * rewritten with its time set back, or replaced by another, gets another stamp.
 *
 * @param modifiedNanos the time of the last change of the content, in nanoseconds since the epoch
 * @param changedNanos the time of the last change of the metadata, or 0 where it is not known
 * @param inode the file's inode, or 0 where it is not known
 */
public record FileStamp(long size, long modifiedNanos, long changedNanos, long inode) {

    private static final String UNIX_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino";

    /** The stamp of a file, or of the file a link leads to. */
    public static FileStamp of(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            Map<String, Object> attributes = Files.readAttributes(file, UNIX_ATTRIBUTES);
            return new FileStamp((Long) attributes.get("size"), nanos(attributes.get("lastModifiedTime")),
                    nanos(attributes.get("ctime")), (Long) attributes.get("ino"));
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(attributes.size(), nanos(attributes.lastModifiedTime()), 0, 0);
    }

    /** The later of the two times: when the file last changed in any way. */
    public long lastChangeNanos() {
        return Math.max(modifiedNanos, changedNanos);
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }
}
