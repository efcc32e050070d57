package dev.facebeauty.imaging;

import java.awt.image.BufferedImage;

/** EXIF orientation (1..8) and turning pixels upright according to it. */
public final class Orientation {

    private Orientation() {
    }

    /** Returns {@code image} turned upright; orientation 1 (or unknown) returns it unchanged. */
    public static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        int outW = swap ? h : w;
        int outH = swap ? w : h;
        int[] src = image.getRGB(0, 0, w, h, null, 0, w);
        int[] dst = new int[src.length];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                // (sx, sy): the stored pixel that is shown at (x, y), per the EXIF definition of each value.
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }
                }
                dst[y * outW + x] = src[sy * w + sx];
            }
        }
        BufferedImage out = new BufferedImage(outW, outH, imageTypeOf(image));
        out.setRGB(0, 0, outW, outH, dst, 0, outW);
        return out;
    }

    static int imageTypeOf(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }
}
