package io.github.digestlint.fix;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a post with its repaired bytes so that an interrupted run leaves either the old file
 * or the new one, never a truncated one: the bytes go to a temporary file in the same folder,
 * which is then moved over the original. The original's permissions are kept.
 */
public final class PostWriter {

    private PostWriter() {
    }

    public static void write(Path post, byte[] bytes) throws IOException {
        Path folder = post.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + post.getFileName(), ".digest-lint.tmp");
        try {
            Files.write(temporary, bytes);
            PosixFileAttributeView permissions = Files.getFileAttributeView(post, PosixFileAttributeView.class);
            if (permissions != null && Files.exists(post)) {
                Files.setPosixFilePermissions(temporary, permissions.readAttributes().permissions());
            }
            move(temporary, post);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path temporary, Path post) throws IOException {
        try {
            Files.move(temporary, post, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(temporary, post, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
