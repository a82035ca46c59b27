package io.github.digestlint.fix;

import io.github.digestlint.engine.PostCheck;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What fixing one post did.
 *
 * @param original the post as it was read
 * @param fixed the repaired text (without the byte order mark, like {@link SourceText#text()})
 * @param fixesByRule how many findings of each rule were repaired, by rule id
 * @param after the check of the repaired text: the findings left, with or without a repair, and the
 *     summary the rules across posts read
 * @param refused why the post was left untouched, when it was
 * @param converged false when repairs still enabled others after the last pass {@code fix} makes;
 *     another run may repair more, and the post is worth reporting as a bug
 */
public record FixResult(SourceText original, String fixed, Map<String, Integer> fixesByRule,
        PostCheck after, Optional<String> refused, boolean converged) {

    public FixResult {
        fixesByRule = Collections.unmodifiableMap(new TreeMap<>(fixesByRule));
    }

    /** The findings left after fixing, with or without a repair. */
    public List<Finding> remaining() {
        return after.findings();
    }

    public boolean changed() {
        return !fixed.equals(original.text());
    }

    /** The repaired file's bytes: UTF-8, with the byte order mark if the post had one. */
    public byte[] bytes() {
        return ((original.hasByteOrderMark() ? "\uFEFF" : "") + fixed).getBytes(StandardCharsets.UTF_8);
    }
}
