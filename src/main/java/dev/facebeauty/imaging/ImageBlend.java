package dev.facebeauty.imaging;

import java.awt.image.BufferedImage;

/** Mixes a retouched result back toward its original: the "amount" of the retouch a photographer keeps. */
public final class ImageBlend {

    private ImageBlend() {
    }

    /**
     * {@code amount} 1 is the result, 0 the original; pixel by pixel, at the result's size (the original is scaled
     * to it when they differ, e.g. a cloud result of a photo that had to be made smaller to upload).
     */
    public static BufferedImage mix(BufferedImage original, BufferedImage result, double amount) {
        return mix(original, result, amount, null);
    }

    /**
     * As {@link #mix(BufferedImage, BufferedImage, double)}, and where the restore brush painted ({@code restore}, may be
     * null) the original comes back in proportion to its coverage: kept retouch = amount × (1 − coverage).
     */
    public static BufferedImage mix(BufferedImage original, BufferedImage result, double amount, RestoreMask restore) {
        RgbImage after = RgbImage.of(result);
        RgbImage before = RgbImage.of(original);
        if (before.width() != after.width() || before.height() != after.height()) {
            before = before.resize(after.width(), after.height());
        }
        double kept = Math.clamp(amount, 0, 1);
        int w = after.width(), h = after.height();
        int[] out = new int[after.pixels().length];
        for (int i = 0; i < out.length; i++) {
            double a = restore == null ? kept : kept * (1 - restore.sample(i % w, i / w, w, h));
            int p = before.pixels()[i], q = after.pixels()[i];
            int r = (int) Math.round((p >> 16 & 255) + ((q >> 16 & 255) - (p >> 16 & 255)) * a);
            int g = (int) Math.round((p >> 8 & 255) + ((q >> 8 & 255) - (p >> 8 & 255)) * a);
            int b = (int) Math.round((p & 255) + ((q & 255) - (p & 255)) * a);
            out[i] = r << 16 | g << 8 | b;
        }
        return new RgbImage(after.width(), after.height(), out).toBufferedImage();
    }
}
