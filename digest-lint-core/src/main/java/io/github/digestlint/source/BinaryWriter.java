package io.github.digestlint.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds compact bytes, such as the incremental index's: numbers as variable-length integers,
 * which take one byte below 128, so that the positions of hundreds of thousands of findings take
 * little room; strings so that any Java string comes back exactly, half an emoji included.
 */
public final class BinaryWriter {

    private byte[] bytes = new byte[256];
    private int length;

    public void writeByte(int value) {
        ensure(1);
        bytes[length++] = (byte) value;
    }

    public void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    /** A number of at least 0. */
    public void writeCount(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a count below 0: " + value);
        }
        writeUnsigned(value);
    }

    /** Any long; numbers near 0, below it as above, take few bytes. */
    public void writeLong(long value) {
        writeUnsigned((value << 1) ^ (value >> 63));
    }

    /**
     * A string as UTF-8, which decodes fast; a string with half a surrogate pair, which UTF-8
     * cannot hold, as its chars one by one. The length's lowest bit says which.
     */
    public void writeString(String value) {
        if (isWholeUnicode(value)) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            writeCount((long) utf8.length << 1);
            writeBytes(utf8);
        } else {
            writeCount((long) value.length() << 1 | 1);
            for (int i = 0; i < value.length(); i++) {
                writeUnsigned(value.charAt(i));
            }
        }
    }

    private static boolean isWholeUnicode(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public void writeBytes(byte[] value, int offset, int count) {
        ensure(count);
        System.arraycopy(value, offset, bytes, length, count);
        length += count;
    }

    public void writeBytes(byte[] value) {
        writeBytes(value, 0, value.length);
    }

    public int length() {
        return length;
    }

    /** The bytes written, in an array of their length. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** The array the bytes are in, valid up to {@link #length()}, until the next write. */
    public byte[] buffer() {
        return bytes;
    }

    public void clear() {
        length = 0;
    }

    private void writeUnsigned(long value) {
        ensure(10);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            bytes[length++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        bytes[length++] = (byte) rest;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
