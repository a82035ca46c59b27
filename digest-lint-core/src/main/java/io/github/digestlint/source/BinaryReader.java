package io.github.digestlint.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link BinaryWriter} wrote, within a range of an array. Every read checks that the
 * range holds what it asks for, so damaged bytes fail to read rather than read as findings they
 * never held.
 */
public final class BinaryReader {

    private final byte[] bytes;
    private final int end;
    private int position;

    public BinaryReader(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    public int readByte() throws IOException {
        if (position >= end) {
            throw damaged("it ends early");
        }
        return bytes[position++] & 0xFF;
    }

    public boolean readBoolean() throws IOException {
        int value = readByte();
        if (value > 1) {
            throw damaged("a flag of " + value);
        }
        return value == 1;
    }

    public long readCount() throws IOException {
        long value = readUnsigned();
        if (value < 0) {
            throw damaged("a count below 0");
        }
        return value;
    }

    /** A count that must fit an int, such as the number of items in a list. */
    public int readSize() throws IOException {
        long value = readCount();
        if (value > Integer.MAX_VALUE) {
            throw damaged("a count of " + value);
        }
        return (int) value;
    }

    public long readLong() throws IOException {
        long value = readUnsigned();
        return (value >>> 1) ^ -(value & 1);
    }

    public String readString() throws IOException {
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
    public int skip(int count) throws IOException {
        if (count < 0 || count > end - position) {
            throw damaged("a block longer than what is left");
        }
        int start = position;
        position += count;
        return start;
    }

    public boolean atEnd() {
        return position == end;
    }

    public static IOException damaged(String what) {
        return new IOException("damaged bytes: " + what);
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
