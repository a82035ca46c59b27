package io.github.digestlint.rule;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.OptionalLong;

/**
 * An entry's prose reduced to one number, so that a blog's every entry can be compared with every
 * other in a few bytes each: two texts get the same number when they are the same but for letter
 * case, spacing, punctuation and numbers (a repeated text that names each entry's number or date is
 * still the same text). Pieces too short to tell a repeat from a coincidence (a placeholder such as
 * "정보 부족", a one-word label) are left out.
 */
public final class ProseFingerprint {

    /**
     * The letters a piece needs to count, digits counted once per number: a sentence in Korean or
     * Chinese, seven or eight words in English.
     */
    public static final int MIN_LENGTH = 40;

    private ProseFingerprint() {
    }

    /**
     * @param pieces the texts of the entry's paragraphs, quotes and list items, in order
     * @return the fingerprint, or nothing when no piece is long enough to count
     */
    public static OptionalLong of(List<String> pieces) {
        StringBuilder normal = new StringBuilder();
        for (String piece : pieces) {
            int start = normal.length();
            int length = normalise(piece, normal);
            if (length < MIN_LENGTH) {
                normal.setLength(start);
            } else {
                normal.append('\n');
            }
        }
        return normal.isEmpty() ? OptionalLong.empty() : OptionalLong.of(hash(normal.toString()));
    }

    /**
     * Appends the text's letters in lower case, each number as one {@code 0}, and nothing else.
     *
     * @return how many code points it appended
     */
    private static int normalise(String text, StringBuilder normal) {
        int count = 0;
        boolean inNumber = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                if (!inNumber) {
                    normal.append('0');
                    count++;
                }
                inNumber = true;
            } else {
                inNumber = false;
                if (Character.isLetter(c)) {
                    normal.appendCodePoint(Character.toLowerCase(c));
                    count++;
                }
            }
        }
        return count;
    }

    /** The first eight bytes of the SHA-256 of the text: a collision among a blog's entries is out of reach. */
    private static long hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
