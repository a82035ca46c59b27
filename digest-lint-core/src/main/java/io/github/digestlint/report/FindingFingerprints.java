package io.github.digestlint.report;

import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Fingerprints that let code scanning know a finding again in the next commit, after lines above it
 * were added or removed: a hash of the rule, the post and the trimmed text of the finding's line,
 * not of its line number. Identical findings on identical lines are told apart by their order.
 */
final class FindingFingerprints {

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The fingerprint of the next finding, given in the report's order, with the text of its line. */
    String next(Finding finding, String lineText) {
        String identity = String.join("\0", finding.ruleId(), finding.path(), lineText.strip());
        int occurrence = occurrences.merge(identity, 1, Integer::sum);
        return Sha256.hex((identity + "\0" + occurrence).getBytes(StandardCharsets.UTF_8));
    }
}
