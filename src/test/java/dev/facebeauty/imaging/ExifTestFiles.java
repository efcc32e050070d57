package dev.facebeauty.imaging;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** JPEGs with a minimal hand-written EXIF block (camera make and orientation), for tests across packages. */
public final class ExifTestFiles {

    private ExifTestFiles() {
    }

    /** {@code jpeg} with an APP1 EXIF segment holding Make and Orientation, big-endian. */
    public static byte[] withExif(byte[] jpeg, String make, int orientation) {
        byte[] makeBytes = (make + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int ifd = 8, entries = 2, data = ifd + 2 + entries * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(data + Math.max(4, makeBytes.length)).order(ByteOrder.BIG_ENDIAN);
        tiff.put("MM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(ifd);
        tiff.putShort((short) entries);
        tiff.putShort((short) 271).putShort((short) 2).putInt(makeBytes.length).putInt(makeBytes.length > 4 ? data : 0);
        tiff.putShort((short) 274).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(data, makeBytes);
        if (makeBytes.length <= 4) {
            tiff.put(ifd + 2 + 8, makeBytes);
        }
        byte[] payload = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, payload, 0, 6);
        System.arraycopy(tiff.array(), 0, payload, 6, tiff.capacity());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
