package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {

    @TempDir
    Path repository;

    @Test
    void isTheNearestFolderAboveTheBlogThatHoldsGit() throws IOException {
        Files.createDirectories(repository.resolve(".git"));
        Path blog = Files.createDirectories(repository.resolve("site/blog"));

        assertThat(RepositoryRoot.containing(blog)).contains(repository.toAbsolutePath().normalize());
    }

    @Test
    void acceptsTheGitFileOfAWorktreeOrSubmodule() throws IOException {
        Path worktree = Files.createDirectories(repository.resolve("worktree"));
        Files.writeString(worktree.resolve(".git"), "gitdir: ../.git/worktrees/worktree\n");
        Files.createDirectories(repository.resolve(".git"));

        assertThat(RepositoryRoot.containing(worktree.resolve("."))).contains(worktree.toAbsolutePath().normalize());
    }
}
