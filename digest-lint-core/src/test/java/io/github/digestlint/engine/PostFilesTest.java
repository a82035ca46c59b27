package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostFilesTest {

    private static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown");

    @TempDir
    Path posts;

    @Test
    void selectsIncludedFilesAtAnyDepthExceptExcludedOnes() throws IOException {
        touch("2025-09-26-a.md");
        touch("2025/2025-09-27-b.markdown");
        touch("drafts/2025-09-28-c.md");
        touch("notes.txt");

        PostFiles found = PostFiles.find(posts, DEFAULT_INCLUDES, List.of("drafts/**"));

        assertThat(found.files()).containsExactly(posts.resolve("2025-09-26-a.md"),
                posts.resolve("2025/2025-09-27-b.markdown"));
    }

    /** A name the patterns select is meant as a post, so what is not a readable file is reported, not skipped. */
    @Test
    void reportsFoldersAndLinksNamedLikePostsAndFollowsNoLink() throws IOException {
        Files.createDirectories(posts.resolve("x.md"));
        Files.createSymbolicLink(posts.resolve("loop"), posts);
        Files.createSymbolicLink(posts.resolve("link.md"), posts.resolve("2025-09-26-a.md"));
        touch("2025-09-26-a.md");

        PostFiles found = PostFiles.find(posts, DEFAULT_INCLUDES, List.of());

        assertThat(found.files()).containsExactly(posts.resolve("2025-09-26-a.md"));
        assertThat(found.unreadable()).containsOnlyKeys(posts.resolve("x.md"), posts.resolve("link.md"));
    }

    @Test
    void leavesOutAFolderNamedLikeAPostThatIsExcluded() throws IOException {
        Files.createDirectories(posts.resolve("x.md"));
        touch("x.md/2025-09-26-a.md");

        PostFiles found = PostFiles.find(posts, DEFAULT_INCLUDES, List.of("x.md"));

        assertThat(found.files()).containsExactly(posts.resolve("x.md/2025-09-26-a.md"));
        assertThat(found.unreadable()).isEmpty();
    }

    @Test
    void refusesAFolderThatIsMissingOrAFile() throws IOException {
        assertThatThrownBy(() -> PostFiles.find(posts.resolve("_posts"), DEFAULT_INCLUDES, List.of()))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("_posts");
        Path file = touch("file.md");
        assertThatThrownBy(() -> PostFiles.find(file, DEFAULT_INCLUDES, List.of()))
                .isInstanceOf(NotDirectoryException.class);
    }

    private Path touch(String relative) throws IOException {
        Path file = posts.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }
}
