package io.github.digestlint.engine;

import io.github.digestlint.model.Glob;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The posts under a folder that the include patterns select and the exclude patterns do not,
 * matched against paths relative to that folder. Without include patterns, the files Jekyll
 * renders as Markdown are selected: its default {@code markdown_ext}, in any case. Symbolic links
 * are followed, as Jekyll follows them, to the posts folder, to a subfolder or to a post; a post is
 * named by the path of its link. Nothing but a regular file is read: a folder, a broken link, a link
 * loop or a pipe that the patterns select is reported rather than skipped, because its name says it
 * is meant as a post.
 *
 * @param files the selected regular files, sorted
 * @param unreadable folders that could not be listed, link loops, and selected paths that are not
 *     regular files (folders, broken links, pipes), with the reason
 * @param unmatched the include and exclude patterns given that matched no path, in the order given:
 *     most likely a typo, which would otherwise leave posts unchecked without a word
 */
public record PostFiles(List<Path> files, Map<Path, String> unreadable, List<String> unmatched) {

    /** Jekyll's default {@code markdown_ext}: the files it renders as posts. */
    public static final List<String> JEKYLL_MARKDOWN = List.of("**/*.markdown", "**/*.mkdown", "**/*.mkdn",
            "**/*.mkd", "**/*.md");

    public PostFiles {
        files = List.copyOf(files);
        unreadable = Map.copyOf(unreadable);
        unmatched = List.copyOf(unmatched);
    }

    /** The posts of this folder and of another, such as the drafts beside the posts. */
    public PostFiles plus(PostFiles other) {
        // The drafts may lie inside the posts folder: a file is listed once.
        List<Path> allFiles = Stream.concat(files.stream(), other.files.stream()).distinct().sorted().toList();
        Map<Path, String> allUnreadable = new TreeMap<>(unreadable);
        allUnreadable.putAll(other.unreadable);
        // A pattern matched nothing if it matched nothing in either folder.
        return new PostFiles(allFiles, allUnreadable, unmatched.stream().filter(other.unmatched::contains).toList());
    }

    /**
     * These posts and one more, which need not exist yet: a post whose content the caller has, checked
     * in its place among the others.
     */
    public PostFiles with(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        List<Path> allFiles = Stream.concat(
                files.stream().filter(listed -> !listed.toAbsolutePath().normalize().equals(wanted)), Stream.of(file))
                .sorted().toList();
        Map<Path, String> allUnreadable = new TreeMap<>(unreadable);
        allUnreadable.keySet().removeIf(listed -> listed.toAbsolutePath().normalize().equals(wanted));
        return new PostFiles(allFiles, allUnreadable, unmatched);
    }

    /**
     * The selected posts that are, once symbolic links are resolved, outside a folder. Jekyll in
     * safe mode, as GitHub Pages runs it, skips a link that leads out of the site.
     */
    public List<Path> outside(Path folder) throws IOException {
        Path root = folder.toRealPath();
        List<Path> outside = new ArrayList<>();
        for (Path file : files) {
            if (!file.toRealPath().startsWith(root)) {
                outside.add(file);
            }
        }
        return outside;
    }

    /** Every file selected, readable or not. */
    public int count() {
        return files.size() + unreadable.size();
    }

    /**
     * @throws NoSuchFileException when the folder does not exist
     * @throws NotDirectoryException when it is a file
     */
    public static PostFiles find(Path folder, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.exists(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "posts folder does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
        List<Glob> include = includes.isEmpty() ? JEKYLL_MARKDOWN.stream().map(Glob::ignoringCase).toList()
                : includes.stream().map(Glob::new).toList();
        List<Glob> exclude = excludes.stream().map(Glob::new).toList();
        Set<Glob> used = new HashSet<>();
        List<Path> files = new ArrayList<>();
        Map<Path, String> unreadable = new TreeMap<>();
        String separator = folder.getFileSystem().getSeparator();
        String folderPrefix = folder.toString().endsWith(separator) ? folder.toString() : folder + separator;
        SimpleFileVisitor<Path> visitor = new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                if (!directory.equals(folder) && selected(directory)) {
                    unreadable.put(directory, "it is a folder, not a post; its posts are checked, but rename it or"
                            + " exclude it");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!selected(file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attributes.isRegularFile()) {
                    files.add(file);
                } else if (attributes.isSymbolicLink()) {
                    // Links are followed, so one still seen as a link leads nowhere.
                    unreadable.put(file, "it is a symbolic link to " + target(file) + ", which does not exist or"
                            + " leads back to itself; point it at a post, or remove it");
                } else {
                    unreadable.put(file, "it is not a regular file (a pipe, a socket or a device)");
                }
                return FileVisitResult.CONTINUE;
            }

            /** Notes every pattern that matches, so that one that never does can be reported. */
            private boolean selected(Path path) {
                String relative = relativeToFolder(path);
                boolean included = false;
                for (Glob glob : include) {
                    if (glob.matches(relative)) {
                        used.add(glob);
                        included = true;
                    }
                }
                boolean excluded = false;
                for (Glob glob : exclude) {
                    if (glob.matches(relative)) {
                        used.add(glob);
                        excluded = true;
                    }
                }
                return included && !excluded;
            }

            /** The walk's paths are the folder's, name after name: what follows it is the relative path. */
            private String relativeToFolder(Path path) {
                String text = path.toString();
                return text.length() > folderPrefix.length() && text.startsWith(folderPrefix)
                        ? text.substring(folderPrefix.length()).replace(separator, "/")
                        : displayPath(folder, path);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String relative = relativeToFolder(file);
                if (exclude.stream().anyMatch(glob -> glob.matches(relative))) {
                    return FileVisitResult.CONTINUE;
                }
                unreadable.put(file, e instanceof FileSystemLoopException
                        ? "it is a symbolic link to " + target(file) + ", a folder that holds the link itself, so"
                                + " following it would never end; remove it or exclude it"
                        : describe(e));
                return FileVisitResult.CONTINUE;
            }
        };
        // A loop of folder links ends the walk of that branch with a FileSystemLoopException, reported there.
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
        files.sort(null);
        List<String> unmatched = Stream.concat(includes.isEmpty() ? Stream.empty() : include.stream(), exclude.stream())
                .filter(glob -> !used.contains(glob)).map(Glob::toString).toList();
        return new PostFiles(files, unreadable, unmatched);
    }

    /** Where a link points, as written in it. */
    private static String target(Path link) {
        try {
            return "'" + Files.readSymbolicLink(link) + "'";
        } catch (IOException | UnsupportedOperationException e) {
            return "a place that cannot be read";
        }
    }

    /**
     * A file as findings show it: relative to the base folder when it is inside it, with forward
     * slashes whatever the platform.
     */
    public static String displayPath(Path baseDir, Path file) {
        String separator = file.getFileSystem().getSeparator();
        String baseText = baseDir.toString();
        String text = file.toString();
        // The usual case, a post found under an absolute folder, without the cost of normalising each path.
        if (file.isAbsolute() && baseDir.isAbsolute() && !baseText.endsWith(separator)
                && text.startsWith(baseText) && text.startsWith(separator, baseText.length())
                && !text.contains(separator + ".")) {
            return text.substring(baseText.length() + 1).replace(separator, "/");
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
    }

    /**
     * A path as findings show it, made relative to another folder.
     *
     * @param path a path relative to {@code baseDir}, or an absolute one
     */
    public static String relocate(String path, Path baseDir, Path folder) {
        return displayPath(folder, baseDir.resolve(path));
    }

    /** Why a file could not be read, in words: {@code permission denied}. */
    public static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                ? fs.getReason() : e.getMessage();
        return switch (kind) {
            case "AccessDenied" -> "permission denied";
            case "NoSuchFile" -> "the file disappeared while it was being checked";
            default -> reason == null ? kind : reason;
        };
    }
}
