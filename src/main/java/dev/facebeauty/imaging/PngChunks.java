package dev.facebeauty.imaging;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Writing PNG ancillary chunks (PNG specification, third edition): length, type, data, CRC-32 of type and data. */
final class PngChunks {

    /** Signature (8 bytes) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC). */
    private static final int AFTER_HEADER = 8 + 25;

    private PngChunks() {
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 12);
        writeInt(out, data.length);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        writeInt(out, (int) crc.getValue());
        return out.toByteArray();
    }

    /** {@code iTXt} with the keyword XMP readers look for, uncompressed, no language. */
    static byte[] xmp(byte[] packet) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(packet.length + 24);
        data.writeBytes("XML:com.adobe.xmp".getBytes(StandardCharsets.ISO_8859_1));
        data.write(0); // end of keyword
        data.write(0); // not compressed
        data.write(0); // compression method
        data.write(0); // no language tag
        data.write(0); // no translated keyword
        data.writeBytes(packet);
        return chunk("iTXt", data.toByteArray());
    }

    /** {@code iCCP}: a profile name, then the profile zlib-compressed. */
    static byte[] iccProfile(byte[] profile) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(profile.length / 2 + 32);
        data.writeBytes("ICC profile".getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(0); // zlib
        try (DeflaterOutputStream zip = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_COMPRESSION))) {
            zip.write(profile);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory: cannot happen
        }
        return chunk("iCCP", data.toByteArray());
    }

    /** The PNG with {@code chunks} right after its header chunk, where every reader expects metadata. */
    static byte[] insertAfterHeader(byte[] png, List<byte[]> chunks) {
        if (png.length < AFTER_HEADER || !new String(png, 12, 4, StandardCharsets.US_ASCII).equals("IHDR")) {
            throw new IllegalArgumentException("not a PNG with a header chunk first");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + chunks.stream().mapToInt(c -> c.length).sum());
        out.write(png, 0, AFTER_HEADER);
        chunks.forEach(out::writeBytes);
        out.write(png, AFTER_HEADER, png.length - AFTER_HEADER);
        return out.toByteArray();
    }

    /** A colour profile is at most a few hundred kilobytes; more than this is not one (and never inflated further). */
    private static final int MAX_PROFILE_BYTES = 4 << 20;

    /**
     * The ICC profile in the PNG's {@code iCCP} chunk (before the image data), inflated up to a bounded size; empty when
     * there is none or it is damaged. No other chunk is decompressed.
     */
    static java.util.Optional<byte[]> iccProfileOf(byte[] png) {
        int at = 8;
        while (at + 8 <= png.length) {
            int length = readInt(png, at);
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            if (length < 0 || at + 12L + length > png.length || type.equals("IDAT")) {
                return java.util.Optional.empty();
            }
            if (type.equals("iCCP")) {
                int name = at + 8;
                while (name < at + 8 + length && png[name] != 0) {
                    name++;
                }
                int start = name + 2; // NUL after the name, then the compression method
                java.util.zip.Inflater inflater = new java.util.zip.Inflater();
                try {
                    inflater.setInput(png, start, at + 8 + length - start);
                    ByteArrayOutputStream profile = new ByteArrayOutputStream();
                    byte[] buffer = new byte[8192];
                    while (!inflater.finished() && profile.size() <= MAX_PROFILE_BYTES) {
                        int n = inflater.inflate(buffer);
                        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                            return java.util.Optional.empty();
                        }
                        profile.write(buffer, 0, n);
                    }
                    return profile.size() > MAX_PROFILE_BYTES ? java.util.Optional.empty()
                            : java.util.Optional.of(profile.toByteArray());
                } catch (java.util.zip.DataFormatException e) {
                    return java.util.Optional.empty();
                } finally {
                    inflater.end();
                }
            }
            at += 12 + length;
        }
        return java.util.Optional.empty();
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 255) << 24 | (b[at + 1] & 255) << 16 | (b[at + 2] & 255) << 8 | (b[at + 3] & 255);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
