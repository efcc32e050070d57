package dev.facebeauty.retouch;

import dev.facebeauty.imaging.RgbImage;

/**
 * Edge-preserving skin smoothing with a self-guided filter (He, Sun and Tang, "Guided Image Filtering", 2010): flat
 * areas are averaged, edges above the ε threshold are kept. The radius follows the face's size, ε grows with the
 * strength, and only part of the fine detail is removed, so pores survive at moderate values. Runs on the skin mask's
 * region only; eyes, brows and lips are outside the mask.
 */
final class Smoothing {

    private Smoothing() {
    }

    /** @param strength 0–1; @param faceSize the face's width in pixels (eye span) */
    static void apply(RgbImage image, Mask skin, double strength, double faceSize) {
        if (strength <= 0) {
            return;
        }
        int radius = Math.max(1, (int) Math.round(faceSize * 0.06));
        double sigma = 4 + 14 * strength; // in 0–255 levels: differences larger than this count as edges
        float eps = (float) (sigma * sigma);
        Planes p = Planes.read(image, skin.region);
        java.util.Arrays.stream(p.channels()).parallel()
                .forEach(channel -> selfGuided(channel, skin.region.width(), skin.region.height(), radius, eps));
        p.blendInto(image, skin, (float) (0.35 + 0.6 * strength));
    }

    /** q = mean(a)·I + mean(b), with a = var/(var+ε), b = (1−a)·mean, over boxes of the given radius; in place. */
    static void selfGuided(float[] channel, int width, int height, int radius, float eps) {
        float[] mean = channel.clone();
        float[] meanSq = new float[channel.length];
        for (int i = 0; i < channel.length; i++) {
            meanSq[i] = channel[i] * channel[i];
        }
        Mask.boxBlur(mean, width, height, radius);
        Mask.boxBlur(meanSq, width, height, radius);
        float[] a = new float[channel.length];
        float[] b = new float[channel.length];
        for (int i = 0; i < channel.length; i++) {
            float variance = Math.max(0, meanSq[i] - mean[i] * mean[i]);
            a[i] = variance / (variance + eps);
            b[i] = (1 - a[i]) * mean[i];
        }
        Mask.boxBlur(a, width, height, radius);
        Mask.boxBlur(b, width, height, radius);
        for (int i = 0; i < channel.length; i++) {
            channel[i] = a[i] * channel[i] + b[i];
        }
    }
}
