package io.github.digestlint.model;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * An Ant-style path pattern as Maven users write them: {@code *} within a folder, {@code **}
 * across folders, and a leading {@code **}{@code /} that also matches no folder at all, so that
 * {@code **}{@code /*.md} matches {@code a.md}. Built on the JDK's glob matcher.
 */
public final class Glob {

    private final String pattern;
    private final PathMatcher matcher;
    private final PathMatcher withoutLeadingFolders;

    public Glob(String pattern) {
        this.pattern = pattern;
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        this.withoutLeadingFolders = pattern.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3))
                : matcher;
    }

    /** Matches a relative path written with forward slashes. */
    public boolean matches(String relativePath) {
        Path path = Path.of(relativePath);
        return matcher.matches(path) || withoutLeadingFolders.matches(path);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
