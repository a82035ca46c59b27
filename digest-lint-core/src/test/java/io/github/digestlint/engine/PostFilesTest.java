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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /** Without includes, what Jekyll renders as a post: its default markdown_ext, in any case. */
    @Test
    void selectsEveryExtensionJekyllRendersInAnyCaseByDefault() throws IOException {
        for (String name : List.of("a.md", "b.MD", "c.markdown", "d.mkdown", "e.mkdn", "f.Mkd", "g.mdown", "h.txt")) {
            touch("2025-09-26-" + name);
        }

        PostFiles found = PostFiles.find(posts, List.of(), List.of());

        assertThat(found.files()).extracting(file -> file.getFileName().toString()).containsExactly(
                "2025-09-26-a.md", "2025-09-26-b.MD", "2025-09-26-c.markdown", "2025-09-26-d.mkdown",
                "2025-09-26-e.mkdn", "2025-09-26-f.Mkd");
        assertThat(found.unmatched()).isEmpty();
    }

    /** The drafts beside the posts: their files join, and a pattern matched in either is not named. */
    @Test
    void addsTheDraftsBesideThePosts(@TempDir Path drafts) throws IOException {
        touch("2025-09-26-a.md");
        Files.writeString(drafts.resolve("notes.md"), "draft");
        List<String> includes = List.of("**/*.md", "**/*.markdown");

        PostFiles both = PostFiles.find(posts, includes, List.of()).plus(PostFiles.find(drafts, includes, List.of()));

        assertThat(both.files()).containsExactlyInAnyOrder(posts.resolve("2025-09-26-a.md"), drafts.resolve("notes.md"));
        assertThat(both.unmatched()).containsExactly("**/*.markdown");
    }

    /** A pattern that matches nothing is most likely a typo; it is named, not ignored. */
    @Test
    void namesThePatternsThatMatchedNothing() throws IOException {
        touch("2025-09-26-a.md");
        touch("drafts/2025-09-27-b.md");

        PostFiles found = PostFiles.find(posts, List.of("**/*.md", "**/*.mkd"), List.of("draft/**", "drafts/**"));

        assertThat(found.files()).containsExactly(posts.resolve("2025-09-26-a.md"));
        assertThat(found.unmatched()).containsExactly("**/*.mkd", "draft/**");
    }

    /** A name the patterns select is meant as a post, so what is not a readable file is reported, not skipped. */
    @Test
    void reportsFoldersBrokenLinksAndLinkLoopsNamedLikePosts() throws IOException {
        Files.createDirectories(posts.resolve("x.md"));
        Files.createSymbolicLink(posts.resolve("loop"), posts);
        Files.createSymbolicLink(posts.resolve("2025-09-27-gone.md"), posts.resolve("nowhere.md"));
        Files.createSymbolicLink(posts.resolve("2025-09-28-self.md"), Path.of("2025-09-28-self.md"));
        touch("2025-09-26-a.md");

        PostFiles found = PostFiles.find(posts, DEFAULT_INCLUDES, List.of());

        assertThat(found.files()).containsExactly(posts.resolve("2025-09-26-a.md"));
        assertThat(found.unreadable()).containsOnlyKeys(posts.resolve("x.md"), posts.resolve("loop"),
                posts.resolve("2025-09-27-gone.md"), posts.resolve("2025-09-28-self.md"));
        assertThat(found.unreadable().get(posts.resolve("loop"))).isEqualTo("it is a symbolic link to '" + posts
                + "', a folder that holds the link itself, so following it would never end; remove it or exclude it");
        assertThat(found.unreadable().get(posts.resolve("2025-09-27-gone.md"))).isEqualTo("it is a symbolic link to '"
                + posts.resolve("nowhere.md") + "', which does not exist or leads back to itself; point it at a post,"
                + " or remove it");
    }

    /** A loop that the excludes leave out is not reported, as the message about it suggests. */
    @Test
    void leavesOutAnExcludedLinkLoop() throws IOException {
        Files.createSymbolicLink(posts.resolve("loop"), posts);
        touch("2025-09-26-a.md");

        PostFiles found = PostFiles.find(posts, DEFAULT_INCLUDES, List.of("loop"));

        assertThat(found.unreadable()).isEmpty();
        assertThat(found.files()).containsExactly(posts.resolve("2025-09-26-a.md"));
    }

    /** Links are followed as Jekyll follows them: to the posts folder, to a subfolder, to a post. */
    @Test
    void readsPostsThroughSymbolicLinksUnderTheirLinksNames(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("2025-09-26-a.md"), "a");
        Files.createDirectories(elsewhere.resolve("2025"));
        Files.writeString(elsewhere.resolve("2025/2025-09-27-b.md"), "b");
        Files.createSymbolicLink(posts.resolve("2025-09-26-a.md"), elsewhere.resolve("2025-09-26-a.md"));
        Files.createSymbolicLink(posts.resolve("2025"), elsewhere.resolve("2025"));
        Path linkedFolder = Files.createSymbolicLink(elsewhere.resolve("_posts"), posts);

        assertThat(PostFiles.find(posts, DEFAULT_INCLUDES, List.of()).files()).containsExactly(
                posts.resolve("2025-09-26-a.md"), posts.resolve("2025/2025-09-27-b.md"));
        assertThat(PostFiles.find(linkedFolder, DEFAULT_INCLUDES, List.of()).files()).containsExactly(
                linkedFolder.resolve("2025-09-26-a.md"), linkedFolder.resolve("2025/2025-09-27-b.md"));
    }

    @Test
    void namesThePostsThatLinkOutOfTheBlog(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("2025-09-26-a.md"), "a");
        Files.writeString(posts.resolve("2025-09-27-b.md"), "b");
        Files.createSymbolicLink(posts.resolve("2025-09-26-a.md"), elsewhere.resolve("2025-09-26-a.md"));
        Files.createSymbolicLink(posts.resolve("2025-09-28-c.md"), posts.resolve("2025-09-27-b.md"));

        assertThat(PostFiles.find(posts, DEFAULT_INCLUDES, List.of()).outside(posts))
                .containsExactly(posts.resolve("2025-09-26-a.md"));
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

    @ParameterizedTest
    @CsvSource({
        "/blog, /blog/_posts/2025-09-26-a.md, _posts/2025-09-26-a.md",
        "/blog, /blog/_posts/.hidden.md, _posts/.hidden.md",
        "/blog/., /blog/_posts/a.md, _posts/a.md",
        "/blog, /blog/_posts/../_drafts/a.md, _drafts/a.md",
        "/blog, /blogs/a.md, /blogs/a.md",
        "/blog, /other/a.md, /other/a.md",
        "/, /blog/a.md, blog/a.md"})
    void showsAPostRelativeToTheBlog(String base, String file, String shown) {
        assertThat(PostFiles.displayPath(Path.of(base), Path.of(file))).isEqualTo(shown);
    }
}
