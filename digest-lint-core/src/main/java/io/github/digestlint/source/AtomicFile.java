package io.github.digestlint.source;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Replaces a file, a post with its repaired bytes or the incremental index, so that an interrupted
 * run leaves either the old file or the new one, never a truncated one: the bytes go to a
 * temporary file in the same folder, which is then moved over the original. The original's
 * permissions are kept; a new file, such as a baseline a blog commits, may be read by whoever may
 * read its folder, as a file an editor creates would be, not only by its owner as a temporary file.
 */
public final class AtomicFile {

    /** Writes a file's new content, as a stream, so that it never has to be in memory whole. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /**
     * Replaces the file with what the content writes to a buffered stream. A symbolic link stays a
     * link: the file it points to is replaced.
     */
    public static void write(Path link, Content content) throws IOException {
        Path file = Files.isSymbolicLink(link) ? link.toRealPath() : link;
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".digest-lint.tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(temporary, permissionsFor(file, folder));
            }
            move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Set<PosixFilePermission> permissionsFor(Path file, Path folder) throws IOException {
        if (Files.exists(file)) {
            return Files.getPosixFilePermissions(file);
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        permissions.addAll(Files.getPosixFilePermissions(folder));
        permissions.removeAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_WRITE));
        return permissions;
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
