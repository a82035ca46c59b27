package io.github.digestlint.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link BinaryWriter} wrote, within a range of an array. Every read checks that the
 * range holds what it asks for, so a damaged index fails to read rather than reads as findings it
 * never held.
 */
final class BinaryReader {

    private final byte[] bytes;
    private final int end;
    private int position;

    BinaryReader(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    int readByte() throws IOException {
        if (position >= end) {
            throw damaged("it ends early");
        }
        return bytes[position++] & 0xFF;
    }

    boolean readBoolean() throws IOException {
        int value = readByte();
        if (value > 1) {
            throw damaged("a flag of " + value);
        }
        return value == 1;
    }

    long readCount() throws IOException {
        long value = readUnsigned();
        if (value < 0) {
            throw damaged("a count below 0");
        }
        return value;
    }

    /** A count that must fit an int, such as the number of items in a list. */
    int readSize() throws IOException {
        long value = readCount();
        if (value > Integer.MAX_VALUE) {
            throw damaged("a count of " + value);
        }
        return (int) value;
    }

    long readLong() throws IOException {
        long value = readUnsigned();
        return (value >>> 1) ^ -(value & 1);
    }

    String readString() throws IOException {
        long lengthAndForm = readCount();
        if (lengthAndForm >>> 1 > end - position) {
            throw damaged("a string longer than what is left");
        }
        int length = (int) (lengthAndForm >>> 1);
        if ((lengthAndForm & 1) == 0) {
            return new String(bytes, skip(length), length, StandardCharsets.UTF_8);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            long value = readUnsigned();
            if (value > Character.MAX_VALUE) {
                throw damaged("a char of " + value);
            }
            chars[i] = (char) value;
        }
        return new String(chars);
    }

    /** Where the next count bytes start; the reader moves past them. */
    int skip(int count) throws IOException {
        if (count < 0 || count > end - position) {
            throw damaged("a block longer than what is left");
        }
        int start = position;
        position += count;
        return start;
    }

    boolean atEnd() {
        return position == end;
    }

    static IOException damaged(String what) {
        return new IOException("the incremental index is damaged: " + what);
    }

    private long readUnsigned() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int next = readByte();
            value |= (long) (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        throw damaged("a number longer than 64 bits");
    }
}
