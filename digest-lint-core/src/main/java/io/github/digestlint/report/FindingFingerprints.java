package io.github.digestlint.report;

import io.github.digestlint.rule.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Fingerprints that let code scanning know a finding again in the next commit, after lines above it
 * were added or removed: a hash of the rule, the post and the trimmed text of the finding's line,
 * not of its line number. Identical findings on identical lines are told apart by their order.
 */
final class FindingFingerprints {

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The fingerprint of the next finding, given in the report's order, with the text of its line. */
    String next(Diagnostic diagnostic, String lineText) {
        String identity = String.join("\0", diagnostic.ruleId(), diagnostic.path(), lineText.strip());
        int occurrence = occurrences.merge(identity, 1, Integer::sum);
        return sha256(identity + "\0" + occurrence);
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
