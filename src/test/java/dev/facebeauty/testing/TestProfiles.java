package dev.facebeauty.testing;

import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * ICC matrix/TRC profiles built from published primaries, so tests do not depend on profile files of the machine:
 * Adobe RGB (1998) — colorants adapted to D50 as ICC v2 profiles carry them, gamma 563/256 — and 16-bit pictures in it.
 */
public final class TestProfiles {

    private TestProfiles() {
    }

    public static ICC_Profile adobeRgb() {
        return ICC_Profile.getInstance(matrixTrcProfile("Adobe RGB (1998) compatible, made by the tests",
                new double[][]{{0.60974, 0.31111, 0.01947}, {0.20528, 0.62567, 0.06087}, {0.14919, 0.06322, 0.74457}},
                563));
    }

    /** An empty 16-bit RGB picture in {@code profile}. */
    public static BufferedImage sixteenBit(int width, int height, ICC_Profile profile) {
        ColorModel model = new ComponentColorModel(new ICC_ColorSpace(profile), new int[]{16, 16, 16}, false, false,
                java.awt.Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        return new BufferedImage(model, raster, false, null);
    }

    /** A version 2 display profile: description, D50 white, the three colorants, one gamma (u8.8) for all channels. */
    static byte[] matrixTrcProfile(String description, double[][] colorants, int gamma256) {
        byte[] desc = textDescription(description);
        byte[] white = xyz(0.9642, 1.0, 0.8249);
        byte[] curve = ByteBuffer.allocate(16).put("curv".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(1)
                .putShort((short) gamma256).array();
        String[] signatures = {"desc", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"};
        byte[][] data = {desc, white, xyz(colorants[0]), xyz(colorants[1]), xyz(colorants[2]), curve, curve, curve};
        int tableSize = 4 + 12 * signatures.length;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteBuffer table = ByteBuffer.allocate(tableSize).putInt(signatures.length);
        int offset = 128 + tableSize;
        for (int i = 0; i < signatures.length; i++) {
            table.put(signatures[i].getBytes(StandardCharsets.US_ASCII)).putInt(offset).putInt(data[i].length);
            byte[] padded = java.util.Arrays.copyOf(data[i], (data[i].length + 3) / 4 * 4);
            body.writeBytes(padded);
            offset += padded.length;
        }
        ByteBuffer header = ByteBuffer.allocate(128);
        header.putInt(offset).putInt(0).putInt(0x02100000).put("mntrRGB XYZ ".getBytes(StandardCharsets.US_ASCII));
        header.putShort((short) 2026).putShort((short) 1).putShort((short) 1).putShort((short) 0).putShort((short) 0).putShort((short) 0);
        header.put("acsp".getBytes(StandardCharsets.US_ASCII));
        header.position(64).putInt(0); // perceptual
        header.put(xyz(0.9642, 1.0, 0.8249), 8, 12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(table.array());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static byte[] xyz(double... v) {
        ByteBuffer b = ByteBuffer.allocate(20).put("XYZ ".getBytes(StandardCharsets.US_ASCII)).putInt(0);
        for (double d : v) {
            b.putInt((int) Math.round(d * 65536));
        }
        return b.array();
    }

    private static byte[] textDescription(String text) {
        byte[] ascii = (text + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(8 + 4 + ascii.length + 8 + 3 + 67);
        b.put("desc".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(ascii.length).put(ascii);
        return b.array(); // Unicode and ScriptCode parts left empty (zero counts)
    }
}
