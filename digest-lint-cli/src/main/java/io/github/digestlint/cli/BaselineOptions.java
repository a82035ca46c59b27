package io.github.digestlint.cli;

import io.github.digestlint.baseline.Baseline;
import io.github.digestlint.baseline.BaselineException;
import io.github.digestlint.baseline.BaselineMatch;
import io.github.digestlint.baseline.PostLines;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.source.SourceText;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The baseline file, which {@code baseline} writes and {@code check} reads, as the plugin's {@code baselineFile}. */
final class BaselineOptions {

    /** What a check says to run to write the baseline again. */
    static final String REWRITE = "digest-lint baseline";

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The baseline file: check does not report or fail on the findings in it, and baseline"
                    + " writes it. Default: " + Baseline.DEFAULT_FILE + " in the current folder, which check reads"
                    + " when it exists; a file named to check must exist.")
    Path baselineFile;

    Path file() {
        return Baseline.file(BlogOptions.BLOG, Optional.ofNullable(baselineFile));
    }

    /** The file as the user named it, or the default as it lies in the current folder. */
    String name() {
        return baselineFile != null ? baselineFile.toString() : Baseline.DEFAULT_FILE;
    }

    /** The baseline a check reads: the file named, which must exist, else the default file when it exists. */
    Optional<Baseline> read() {
        try {
            return Baseline.find(BlogOptions.BLOG, Optional.ofNullable(baselineFile));
        } catch (NoSuchFileException e) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, e.getReason() + "; point --baseline at it, or write it with "
                    + REWRITE);
        } catch (BaselineException e) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, e.getMessage());
        }
    }

    /**
     * The run held against the baseline. A post from standard input is matched by the text given, and only
     * its own entries are asked for, since the run checked no other post.
     *
     * @param standIn the post from standard input, as findings name it, and its content
     */
    static BaselineMatch match(Baseline baseline, LintResult result, Path base,
            Optional<Map.Entry<String, byte[]>> standIn) {
        if (standIn.isEmpty()) {
            return baseline.match(result, new PostLines(base));
        }
        String path = standIn.get().getKey();
        return baseline.onlyPost(path).match(result,
                new PostLines(base, Map.of(path, SourceText.decode(standIn.get().getValue()))));
    }
}
