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
        if (!isPlainRgb(image)) {
            return turnedSamples(image, orientation, outW, outH);
        }
        int[] src = image.getRGB(0, 0, w, h, null, 0, w);
        int[] dst = new int[src.length];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int[] from = stored(orientation, x, y, w, h);
                dst[y * outW + x] = src[from[1] * w + from[0]];
            }
        }
        BufferedImage out = new BufferedImage(outW, outH, imageTypeOf(image));
        out.setRGB(0, 0, outW, outH, dst, 0, outW);
        return out;
    }

    /** 8-bit sRGB: the packed-RGB path below loses nothing. */
    private static boolean isPlainRgb(BufferedImage image) {
        java.awt.image.ColorModel model = image.getColorModel();
        if (!model.getColorSpace().isCS_sRGB()) {
            return false;
        }
        for (int bits : model.getComponentSize()) {
            if (bits > 8) {
                return false;
            }
        }
        return true;
    }

    /** Any other picture (16-bit, a colour profile) turned sample by sample, keeping its colour model. */
    private static BufferedImage turnedSamples(BufferedImage image, int orientation, int outW, int outH) {
        int w = image.getWidth(), h = image.getHeight();
        java.awt.image.WritableRaster source = image.getRaster();
        java.awt.image.WritableRaster target = image.getColorModel().createCompatibleWritableRaster(outW, outH);
        Object pixel = null;
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int[] s = stored(orientation, x, y, w, h);
                pixel = source.getDataElements(s[0], s[1], pixel);
                target.setDataElements(x, y, pixel);
            }
        }
        return new BufferedImage(image.getColorModel(), target, image.isAlphaPremultiplied(), null);
    }

    /** The stored pixel shown at (x, y), per the EXIF definition of each orientation. */
    private static int[] stored(int orientation, int x, int y, int w, int h) {
        return switch (orientation) {
            case 2 -> new int[]{w - 1 - x, y};
            case 3 -> new int[]{w - 1 - x, h - 1 - y};
            case 4 -> new int[]{x, h - 1 - y};
            case 5 -> new int[]{y, x};
            case 6 -> new int[]{y, h - 1 - x};
            case 7 -> new int[]{w - 1 - y, h - 1 - x};
            default -> new int[]{w - 1 - y, x};
        };
    }

    static int imageTypeOf(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }
}
