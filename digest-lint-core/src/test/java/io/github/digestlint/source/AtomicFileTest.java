package io.github.digestlint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path posts;

    /** A post reached through a link is repaired where it lies; the link stays a link. */
    @Test
    void writesThroughASymbolicLink() throws IOException {
        Path real = Files.writeString(Files.createDirectory(posts.resolve("elsewhere")).resolve("a.md"), "old");
        Path link = Files.createSymbolicLink(posts.resolve("2025-09-26-a.md"), real);

        AtomicFile.write(link, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void replacesTheFileKeepingItsPermissionsAndLeavesNoTemporaryFile() throws IOException {
        Path post = Files.writeString(posts.resolve("2025-09-26-daily-papers.md"), "old");
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFile.write(post, "new 제목".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(post)).isEqualTo("new 제목");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(post))).isEqualTo("rw-r-----");
        try (Stream<Path> files = Files.list(posts)) {
            assertThat(files).containsExactly(post);
        }
    }

    /** A baseline or an index written for the first time is readable as its folder is, never writable by others. */
    @Test
    void givesANewFileThePermissionsOfItsFolderWithoutExecuteOrOthersWriting() throws IOException {
        Path shared = Files.createDirectory(posts.resolve("blog"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxr-x"));
        Path baseline = shared.resolve(".digest-lint-baseline.json");
        Path hidden = Files.createDirectory(posts.resolve("private"));
        Files.setPosixFilePermissions(hidden, PosixFilePermissions.fromString("rwx------"));
        Path index = hidden.resolve("index.json");

        AtomicFile.write(baseline, "{}".getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(index, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(baseline))).isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(index))).isEqualTo("rw-------");
    }

    @Test
    void keepsTheOldFileWhenWritingTheNewOneFails() throws IOException {
        Path index = Files.writeString(posts.resolve("index.json"), "old");

        assertThatThrownBy(() -> AtomicFile.write(index, out -> {
            out.write("half of the n".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(index)).isEqualTo("old");
        try (Stream<Path> files = Files.list(posts)) {
            assertThat(files).containsExactly(index);
        }
    }
}
