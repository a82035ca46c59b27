package io.github.digestlint.rule;

import java.util.List;
import java.util.OptionalLong;

/**
 * An entry's prose reduced to one number, so that a blog's every entry can be compared with every
 * other in a few bytes each: two texts get the same number when they are the same but for letter
 * case, spacing, punctuation and numbers (a repeated text that names each entry's number or date is
 * still the same text). Pieces too short to tell a repeat from a coincidence (a placeholder such as
 * "정보 부족", a one-word label) are left out.
 *
 * <p>The number is a 64-bit FNV-1a hash of what is kept, worked out in one pass without a copy:
 * every post's every entry is hashed, and normalising a copy for SHA-256 cost as much as a content
 * rule. A collision among even a million entries has a chance of about one in thirty million, and
 * texts are not chosen to collide.
 */
public final class ProseFingerprint {

    /**
     * The letters a piece needs to count, digits counted once per number: a sentence in Korean or
     * Chinese, seven or eight words in English.
     */
    public static final int MIN_LENGTH = 40;

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    /** What a number stands for in the text that is hashed: a char that no letter is. */
    private static final int NUMBER = '0';
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;

    private ProseFingerprint() {
    }

    /**
     * @param pieces the texts of the entry's paragraphs, quotes and list items, in order
     * @return the fingerprint, or nothing when no piece is long enough to count
     */
    public static OptionalLong of(List<String> pieces) {
        long hash = OFFSET_BASIS;
        boolean counted = false;
        for (String piece : pieces) {
            long pieceHash = OFFSET_BASIS;
            int length = 0;
            boolean inNumber = false;
            for (int i = 0; i < piece.length(); ) {
                int c = piece.codePointAt(i);
                i += Character.charCount(c);
                int kept = kept(c);
                if (kept == NUMBER && inNumber) {
                    continue;
                }
                inNumber = kept == NUMBER;
                if (kept >= 0) {
                    pieceHash = (pieceHash ^ kept) * PRIME;
                    length++;
                }
            }
            if (length >= MIN_LENGTH) {
                // Byte by byte, as FNV-1a hashes, so that the pieces' order and bounds count.
                for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
                    hash = (hash ^ (pieceHash >>> shift & 0xff)) * PRIME;
                }
                counted = true;
            }
        }
        return counted ? OptionalLong.of(hash) : OptionalLong.empty();
    }

    /**
     * What a code point is hashed as: a letter in lower case, a digit as {@link #NUMBER}; -1 for
     * what is left out. ASCII and Hangul syllables, nearly all of a digest, skip the tables.
     */
    private static int kept(int c) {
        if (c < 0x80) {
            if (c >= 'a' && c <= 'z') {
                return c;
            }
            if (c >= 'A' && c <= 'Z') {
                return c + ('a' - 'A');
            }
            return c >= '0' && c <= '9' ? NUMBER : -1;
        }
        if (c >= HANGUL_FIRST && c <= HANGUL_LAST) {
            return c;
        }
        return Character.isDigit(c) ? NUMBER : Character.isLetter(c) ? Character.toLowerCase(c) : -1;
    }
}
