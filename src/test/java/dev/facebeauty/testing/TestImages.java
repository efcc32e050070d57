package dev.facebeauty.testing;

import dev.facebeauty.imaging.ImageEncoder;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

/** Synthetic photos made in code: a gradient with a face-like oval, or noise that defeats compression. */
public final class TestImages {

    private TestImages() {
    }

    /** A smooth "portrait": gradient background with a skin-coloured oval and two dark eyes. */
    public static BufferedImage portrait(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(60, 80, 120), width, height, new Color(150, 170, 200)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(224, 172, 140));
        g.fillOval(width / 4, height / 6, width / 2, height * 2 / 3);
        g.setColor(new Color(40, 30, 30));
        g.fillOval(width * 3 / 8, height * 2 / 5, Math.max(2, width / 16), Math.max(2, height / 24));
        g.fillOval(width * 9 / 16, height * 2 / 5, Math.max(2, width / 16), Math.max(2, height / 24));
        g.dispose();
        return img;
    }

    /**
     * A portrait with sensor-like grain (±10 levels): compresses about as a camera JPEG does, which flat synthetic
     * images do not. Used where file sizes matter (the preparation benchmark).
     */
    public static BufferedImage grainyPortrait(int width, int height, long seed) {
        BufferedImage img = portrait(width, height);
        Random random = new Random(seed);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            img.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(21) - 10;
                row[x] = (clamp(((row[x] >> 16) & 0xFF) + n) << 16) | (clamp(((row[x] >> 8) & 0xFF) + n) << 8)
                        | clamp((row[x] & 0xFF) + n);
            }
            img.setRGB(0, y, width, 1, row, 0, width);
        }
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** Random pixels: compresses badly, so a moderate size already exceeds 2 MB. */
    public static BufferedImage noise(int width, int height, long seed) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return img;
    }

    public static BufferedImage flat(int width, int height, Color color) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return img;
    }

    public static byte[] jpeg(BufferedImage img) {
        return ImageEncoder.jpeg(img, 0.9f);
    }

    public static byte[] png(BufferedImage img) {
        return ImageEncoder.png(img);
    }

    /** The JPEG with a minimal EXIF APP1 segment carrying {@code orientation}, inserted after SOI. */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8); // header, IFD0 at offset 8
        tiff.putShort((short) 1);                                            // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1);         // Orientation, SHORT, count 1
        tiff.putShort((short) orientation).putShort((short) 0);              // value, padding
        tiff.putInt(0);                                                      // no next IFD
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
