package io.github.digestlint.engine;

import io.github.digestlint.model.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The posts a run checks, as every entry point selects them: the posts folders, and the drafts
 * beside them when asked for. What the user most likely did not mean is said: a pattern that
 * matches no file, a link out of the blog, and a selection without any post.
 *
 * @param posts the selected posts
 * @param nothingSelected when no file is selected, a sentence that says where nothing matched what
 */
public record PostSelection(PostFiles posts, Optional<String> nothingSelected) {

    /** Where the selection says what it did and what looks wrong. */
    public interface Messages {
        void info(String line);

        void warn(String line);
    }

    /**
     * @param baseDir the blog's folder, which holds {@code _drafts}
     * @param folders the posts folders
     * @param drafts whether to check the drafts too, when there are any
     * @param consolePath how a post's path, relative to {@code baseDir}, is shown in a message
     * @throws NoSuchFileException when a posts folder does not exist; its file names the folder
     * @throws NotDirectoryException when a posts folder is a file
     * @throws IOException when a folder cannot be listed; the message names it
     * @throws IllegalArgumentException for an invalid pattern
     */
    public static PostSelection find(Path baseDir, List<Path> folders, List<String> includes, List<String> excludes,
            boolean drafts, UnaryOperator<String> consolePath, Messages messages) throws IOException {
        PostFiles posts = null;
        Path listing = null;
        try {
            for (Path folder : folders) {
                listing = folder;
                PostFiles found = PostFiles.find(folder, includes, excludes);
                posts = posts == null ? found : posts.plus(found);
            }
            String searched = folders.stream().map(Path::toString).collect(Collectors.joining(" or "));
            Path draftsFolder = baseDir.resolve(Post.DRAFTS);
            if (Files.isDirectory(draftsFolder)) {
                if (drafts) {
                    listing = draftsFolder;
                    PostFiles draftFiles = PostFiles.find(draftsFolder, includes, excludes);
                    messages.info("Checking " + draftFiles.count() + (draftFiles.count() == 1 ? " draft" : " drafts")
                            + " in " + draftsFolder + " too");
                    posts = posts.plus(draftFiles);
                    searched += " or " + draftsFolder;
                } else {
                    messages.info("The drafts in " + draftsFolder + " are not checked (drafts=false)");
                }
            }
            warnOfLinksOutOfTheBlog(baseDir, folders, posts, consolePath, messages);
            for (String pattern : posts.unmatched()) {
                messages.warn("The pattern '" + pattern + "' matches no file in " + searched + "; check it for a typo");
            }
            Optional<String> nothingSelected = posts.count() > 0 ? Optional.empty()
                    : Optional.of("No post to check: " + searched + " holds no file that matches "
                            + (includes.isEmpty() ? String.join(", ", PostFiles.JEKYLL_MARKDOWN)
                                    + " (Jekyll's Markdown extensions, in any case)" : String.join(", ", includes))
                            + (excludes.isEmpty() ? "" : " and not " + String.join(", ", excludes)));
            return new PostSelection(posts, nothingSelected);
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("Cannot list the posts in " + listing + ": " + e, e);
        }
    }

    /** Links out of the blog are read, as Jekyll reads them, but a site built in safe mode leaves them out. */
    private static void warnOfLinksOutOfTheBlog(Path baseDir, List<Path> folders, PostFiles posts,
            UnaryOperator<String> consolePath, Messages messages) throws IOException {
        String consequence = ", outside the project: Jekyll reads it, but in safe mode, as GitHub Pages builds, it"
                + " skips links out of the site";
        boolean folderOutside = false;
        for (Path folder : folders) {
            if (!folder.toRealPath().startsWith(baseDir.toRealPath())) {
                messages.warn("The posts folder " + folder + " is a link to " + folder.toRealPath() + consequence);
                folderOutside = true;
            }
        }
        if (folderOutside) {
            return;
        }
        for (Path file : posts.outside(baseDir)) {
            messages.warn(consolePath.apply(PostFiles.displayPath(baseDir, file)) + " is a link to "
                    + file.toRealPath() + consequence);
        }
    }
}
