package io.github.digestlint.cli;

import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.fix.FixResult;
import io.github.digestlint.fix.Fixer;
import io.github.digestlint.fix.UnifiedDiff;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.AtomicFile;
import io.github.digestlint.source.SourceText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fix}: the plugin's {@code fix} goal, on the blog in the current folder, or on one post
 * from standard input to standard output. Like the goal it never fails on findings; {@code check} does that.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = DigestLint.Version.class,
        description = {"Repairs what can be repaired safely, touching nothing else, and reports what remains.",
            "With --stdin, writes the repaired post to standard output and what remains to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the repairs were made, whatever findings remain",
            "2:bad usage or configuration",
            "3:an internal failure, or a repaired post that could not be written"})
final class FixCommand implements Callable<Integer> {

    @Mixin
    private BlogOptions blog;

    @Option(names = "--dry-run", description = "Prints each repair as a unified diff and writes nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        Optional<Path> standInFile = blog.standInFile();
        PrintStream out = CheckCommand.utf8(new FileOutputStream(FileDescriptor.out));
        PrintStream err = CheckCommand.utf8(new FileOutputStream(FileDescriptor.err));
        try {
            Linter linter = new Linter(blog.configuration());
            Fixer fixer = new Fixer(linter);
            if (standInFile.isPresent()) {
                return fixStandardInput(fixer, linter, standInFile.get(), out, err);
            }
            return fixBlog(fixer, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The repaired post, or the diff with {@code --dry-run}, to standard output; the rest to standard error. */
    private int fixStandardInput(Fixer fixer, Linter linter, Path file, PrintStream out, PrintStream err) {
        byte[] bytes;
        try {
            bytes = linter.read(System.in);
        } catch (IOException e) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "Cannot read the post from standard input: "
                    + PostFiles.describe(e));
        }
        String path = PostFiles.displayPath(BlogOptions.BLOG.toAbsolutePath(), file);
        FixResult result = fixer.fix(path, SourceText.decode(bytes));
        report(path, result, err);
        if (dryRun) {
            if (result.changed()) {
                out.print(UnifiedDiff.of(path, result.original().text(), result.fixed()));
            }
        } else {
            out.write(result.changed() ? result.bytes() : bytes, 0, result.changed() ? result.bytes().length
                    : bytes.length);
        }
        result.remaining().forEach(finding -> err.println(finding.format()));
        err.println((dryRun ? "would fix " : "fixed ") + fixes(result) + " findings; " + result.remaining().size()
                + " findings remain");
        return ExitCodes.CLEAN;
    }

    private int fixBlog(Fixer fixer, PrintStream out, PrintStream err) {
        PostFiles posts = blog.posts(err, false);
        Path base = BlogOptions.BLOG.toAbsolutePath();
        int[] fixesAndPosts = new int[2];
        long[] remaining = new long[1];
        List<String> unwritten = new ArrayList<>();
        Fixer.FixRun run = fixer.fix(base, posts, (file, path, result) -> {
            report(path, result, err);
            if (result.changed()) {
                try {
                    apply(file, path, result, out);
                    fixesAndPosts[0] += fixes(result);
                    fixesAndPosts[1]++;
                } catch (IOException e) {
                    // The other posts are still repaired; the run fails at the end.
                    unwritten.add(path + " (" + PostFiles.describe(e) + ")");
                    err.println(path + ": cannot write the repaired post: " + PostFiles.describe(e));
                }
            }
            result.remaining().forEach(finding -> out.println(finding.format()));
            remaining[0] += result.remaining().size();
        });
        for (List<Finding> findings : List.of(run.unreadable(), run.acrossPosts())) {
            findings.forEach(finding -> out.println(finding.format()));
            remaining[0] += findings.size();
        }
        out.println((dryRun ? "would fix " : "fixed ") + fixesAndPosts[0] + " findings in " + fixesAndPosts[1]
                + " of " + posts.files().size() + " posts; " + remaining[0] + " findings remain");
        if (!unwritten.isEmpty()) {
            throw new ExitCodes.Stop(ExitCodes.FAILURE, "Cannot write the repaired posts "
                    + String.join(", ", unwritten));
        }
        return ExitCodes.CLEAN;
    }

    private static void report(String path, FixResult result, PrintStream err) {
        result.refused().ifPresent(reason -> err.println("warning: " + path + ": left untouched because " + reason));
        if (!result.converged()) {
            err.println("warning: " + path + ": repairs still enabled more repairs after the last pass; run fix"
                    + " again, and please report this post");
        }
    }

    private void apply(Path file, String path, FixResult result, PrintStream out) throws IOException {
        String counts = result.fixesByRule().entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey()).collect(Collectors.joining(", "));
        if (dryRun) {
            out.println("would fix " + path + ": " + counts);
            out.print(UnifiedDiff.of(path, result.original().text(), result.fixed()));
            return;
        }
        AtomicFile.write(file, result.bytes());
        out.println("fixed " + path + ": " + counts);
    }

    private static int fixes(FixResult result) {
        return result.fixesByRule().values().stream().mapToInt(Integer::intValue).sum();
    }
}
