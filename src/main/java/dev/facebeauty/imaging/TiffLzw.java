package dev.facebeauty.imaging;

import java.io.ByteArrayOutputStream;

/**
 * LZW as TIFF 6.0 (section 13) defines it: codes of 9 to 12 bits written most significant bit first, 256 clears the
 * table and 257 ends the strip, and the code width grows one code early (at 511, 1023 and 2047), as every TIFF reader
 * expects.
 */
final class TiffLzw {

    private static final int CLEAR = 256, END = 257, FIRST = 258, LIMIT = 4094;

    private TiffLzw() {
    }

    static byte[] encode(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 16);
        Bits bits = new Bits(out);
        // The table: (prefix code << 8 | next byte) → code, open addressing.
        int size = 1 << 14;
        int[] keys = new int[size], codes = new int[size];
        java.util.Arrays.fill(keys, -1);
        int next = FIRST, width = 9;
        bits.write(CLEAR, width);
        if (data.length == 0) {
            bits.write(END, width);
            bits.flush();
            return out.toByteArray();
        }
        int prefix = data[0] & 0xFF;
        for (int i = 1; i < data.length; i++) {
            int b = data[i] & 0xFF;
            int key = prefix << 8 | b;
            int slot = (key * 0x9E3779B1 >>> 18) & (size - 1);
            while (keys[slot] != -1 && keys[slot] != key) {
                slot = (slot + 1) & (size - 1);
            }
            if (keys[slot] == key) {
                prefix = codes[slot];
                continue;
            }
            bits.write(prefix, width);
            keys[slot] = key;
            codes[slot] = next++;
            if (next + 1 > (1 << width) && width < 12) {
                width++; // the early change: the reader widens when the table holds 511, 1023, 2047 codes
            }
            if (next >= LIMIT) {
                bits.write(CLEAR, width);
                java.util.Arrays.fill(keys, -1);
                next = FIRST;
                width = 9;
            }
            prefix = b;
        }
        bits.write(prefix, width);
        next++;
        if (next + 1 > (1 << width) && width < 12) {
            width++;
        }
        bits.write(END, width);
        bits.flush();
        return out.toByteArray();
    }

    private static final class Bits {
        private final ByteArrayOutputStream out;
        private long buffer;
        private int count;

        Bits(ByteArrayOutputStream out) {
            this.out = out;
        }

        void write(int code, int width) {
            buffer = buffer << width | code;
            count += width;
            while (count >= 8) {
                out.write((int) (buffer >>> (count - 8)) & 0xFF);
                count -= 8;
            }
        }

        void flush() {
            if (count > 0) {
                out.write((int) (buffer << (8 - count)) & 0xFF);
                count = 0;
            }
        }
    }
}
