package io.github.digestlint.baseline;

import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints that know a finding again in the next commit, after lines above it were added or
 * removed: a hash of the rule, the post and the trimmed text of the finding's line, not of its line
 * number. Identical findings on identical lines are told apart by their order. Code scanning follows
 * findings by them (SARIF's {@code partialFingerprints}), and a baseline holds them.
 */
public final class FindingFingerprints {

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The fingerprint of the next finding, given in the run's order, with the text of its line. */
    public String next(Finding finding, String lineText) {
        String identity = String.join("\0", finding.ruleId(), finding.path(), lineText.strip());
        int occurrence = occurrences.merge(identity, 1, Integer::sum);
        return Sha256.hex((identity + "\0" + occurrence).getBytes(StandardCharsets.UTF_8));
    }

    /** The fingerprints of findings in the run's order, sorted by post, with their lines read from the posts. */
    public static List<String> of(List<Finding> findings, PostLines lines) {
        FindingFingerprints fingerprints = new FindingFingerprints();
        return findings.stream().map(finding -> fingerprints.next(finding, lines.lineText(finding))).toList();
    }
}
