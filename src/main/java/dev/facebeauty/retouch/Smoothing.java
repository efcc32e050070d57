package dev.facebeauty.retouch;

import dev.facebeauty.imaging.BoxBlur;
import dev.facebeauty.imaging.GuidedFilter;
import dev.facebeauty.imaging.RgbImage;

import java.util.Arrays;

/**
 * Skin smoothing by frequency separation around an edge-preserving base. The base is a self-guided filter (He, Sun
 * and Tang, 2010) at a radius that follows the face's size: blemishes and uneven tone go, edges above the ε threshold
 * (nose, jaw, lashes) stay. The finest band — pores and skin grain, a few pixels across at the face's scale — is then
 * put back from the original, mostly, so the skin keeps its texture instead of turning to plastic. Applied through the
 * skin map, so hair lying across the face is not touched.
 */
final class Smoothing {

    private Smoothing() {
    }

    /** @param strength 0–1; @param faceSize the face's eye span in pixels */
    static void apply(RgbImage image, Mask skin, double strength, double faceSize) {
        if (strength <= 0) {
            return;
        }
        PixelArea region = skin.region;
        int width = region.width(), height = region.height();
        int radius = Math.max(1, (int) Math.round(faceSize * 0.08));
        int grain = Math.max(1, (int) Math.round(faceSize * 0.008));
        double sigma = 5 + 16 * strength; // in 0–255 levels: differences larger than this count as edges
        float eps = (float) (sigma * sigma);
        // Pores and the photo's own grain stay (three quarters of them even at 100), so the skin never looks pasted
        // into a grainy photo or turns to wax.
        float keepGrain = (float) (1 - 0.25 * strength);
        Planes p = Planes.read(image, region);
        Arrays.stream(p.channels()).parallel().forEach(original -> {
            float[] base = original.clone();
            GuidedFilter.selfGuided(base, width, height, radius, eps);
            // The texture the base lost: the original's finest band minus the base's own at that scale, which (the
            // blur being linear) is the finest band of their difference: one blur instead of two.
            float[] lost = new float[base.length];
            for (int i = 0; i < base.length; i++) {
                lost[i] = original[i] - base[i];
            }
            float[] lostLow = blur3(lost, width, height, grain);
            for (int i = 0; i < base.length; i++) {
                base[i] += keepGrain * (lost[i] - lostLow[i]);
            }
            System.arraycopy(base, 0, original, 0, base.length);
        });
        p.blendInto(image, skin, (float) (0.3 + 0.55 * strength));
    }

    private static float[] blur3(float[] v, int width, int height, int radius) {
        float[] out = v.clone();
        BoxBlur.smooth(out, width, height, radius);
        return out;
    }
}
