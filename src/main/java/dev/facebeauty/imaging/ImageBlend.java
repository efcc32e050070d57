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
        if (sameEncoding(original, result)) {
            return mixSamples(original, result, Math.clamp(amount, 0, 1), restore);
        }
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

    /** Same size, bit depth and colour space (a rebuilt full-fidelity result and its original): mixed sample by sample. */
    private static boolean sameEncoding(BufferedImage a, BufferedImage b) {
        java.awt.image.ColorModel x = a.getColorModel(), y = b.getColorModel();
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight() || x.getClass() != y.getClass()
                || x.getNumComponents() != y.getNumComponents() || x.getNumColorComponents() != 3
                || !java.util.Arrays.equals(x.getComponentSize(), y.getComponentSize())
                || !(x instanceof java.awt.image.ComponentColorModel) || isPlain8Bit(x)) {
            return false;
        }
        return ColourProfiles.profileOf(a).map(java.util.Arrays::hashCode).equals(ColourProfiles.profileOf(b).map(java.util.Arrays::hashCode));
    }

    private static boolean isPlain8Bit(java.awt.image.ColorModel model) {
        return model.getColorSpace().isCS_sRGB() && model.getComponentSize(0) == 8;
    }

    /** Mixes the samples themselves, keeping the result's colour model (16 bits and the profile stay). */
    private static BufferedImage mixSamples(BufferedImage original, BufferedImage result, double kept, RestoreMask restore) {
        int w = result.getWidth(), h = result.getHeight();
        java.awt.image.WritableRaster before = original.getRaster(), after = result.getRaster();
        java.awt.image.WritableRaster out = result.getColorModel().createCompatibleWritableRaster(w, h);
        int bands = after.getNumBands();
        java.util.stream.IntStream.range(0, h).parallel().forEach(y -> {
            int[] p = before.getPixels(0, y, w, 1, (int[]) null), q = after.getPixels(0, y, w, 1, (int[]) null);
            for (int x = 0; x < w; x++) {
                double a = restore == null ? kept : kept * (1 - restore.sample(x, y, w, h));
                for (int c = 0; c < bands; c++) {
                    int i = x * bands + c;
                    q[i] = (int) Math.round(p[i] + (q[i] - p[i]) * a);
                }
            }
            out.setPixels(0, y, w, 1, q);
        });
        return new BufferedImage(result.getColorModel(), out, result.isAlphaPremultiplied(), null);
    }
}
