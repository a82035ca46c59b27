package io.github.digestlint.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The root of the repository a blog lives in. Code scanning and workflow annotations place a finding
 * on a pull request's lines only when its path is relative to that root, and a blog is often a
 * subfolder of its repository.
 */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /**
     * The nearest folder, {@code folder} itself or one above it, that holds {@code .git}: a folder
     * in a clone, a file in a worktree or submodule.
     */
    public static Optional<Path> containing(Path folder) {
        for (Path candidate = folder.toAbsolutePath().normalize(); candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve(".git"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
