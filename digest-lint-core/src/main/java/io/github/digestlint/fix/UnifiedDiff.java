package io.github.digestlint.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** The unified diff of a repair, as {@code diff -u} prints it, for a dry run. */
public final class UnifiedDiff {

    private static final int CONTEXT_LINES = 3;

    private UnifiedDiff() {
    }

    /**
     * @param path the post's path, for the {@code ---} and {@code +++} lines
     */
    public static String of(String path, String original, String fixed) {
        List<String> before = original.lines().toList();
        List<String> after = fixed.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, before,
                DiffUtils.diff(before, after), CONTEXT_LINES);
        return String.join("\n", diff);
    }
}
