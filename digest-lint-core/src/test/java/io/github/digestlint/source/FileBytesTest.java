package io.github.digestlint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {

    private static final int MEGABYTE = 1 << 20;

    @TempDir
    Path folder;

    @Test
    void readsAFileOfExactlyTheLimit() throws IOException {
        Path file = Files.write(folder.resolve("post.md"), new byte[1000]);

        assertThat(FileBytes.read(file, 1000)).hasSize(1000);
    }

    @Test
    void refusesAFileOneByteOverTheLimit() throws IOException {
        Path file = Files.write(folder.resolve("post.md"), new byte[1001]);

        assertThatThrownBy(() -> FileBytes.read(file, 1000)).isInstanceOf(FileBytes.TooLargeException.class)
                .hasMessage("it is larger than 1,000 bytes, the most digest-lint reads of one post, so it is not"
                        + " checked");
    }

    @Test
    void namesALimitOfWholeMegabytesInMegabytes() throws IOException {
        Path file = Files.write(folder.resolve("post.md"), new byte[MEGABYTE + 1]);

        assertThatThrownBy(() -> FileBytes.read(file, MEGABYTE)).hasMessageStartingWith(
                "it is larger than 1 MB (1,048,576 bytes), ");
    }

    /** A full read would allocate the file's 100 MB; the bounded one allocates a few times the limit. */
    @Test
    void refusesAHundredMegabyteFileWithoutReadingIt() throws IOException {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        Path file = folder.resolve("huge.md");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(100L * MEGABYTE);
        }

        long before = threads.getCurrentThreadAllocatedBytes();
        assertThatThrownBy(() -> FileBytes.read(file, MEGABYTE)).isInstanceOf(FileBytes.TooLargeException.class);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated).isLessThan(8L * MEGABYTE);
    }
}
