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

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
