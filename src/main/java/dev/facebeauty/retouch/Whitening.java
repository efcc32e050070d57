package dev.facebeauty.retouch;

import dev.facebeauty.imaging.RgbImage;

import java.util.stream.IntStream;

/**
 * Brightens the skin in CIELAB, keeping the person's own tone: L* is lifted in proportion to itself (darker skin is
 * brightened by less, never made pale), at most 12 at full strength, with highlights protected so they do not burn;
 * a* and b* are untouched, so the hue and the colour of the skin stay. Applied through the skin map, so face, ears and
 * neck change alike and hair, eyes and clothing not at all.
 */
final class Whitening {

    /** The largest lift of L* at strength 1. */
    static final float MAX_LIFT = 12;

    private Whitening() {
    }

    /** @param strength 0–1; 0 leaves the image as it is */
    static void apply(RgbImage image, Mask skin, double strength) {
        if (strength <= 0) {
            return;
        }
        Region region = skin.region;
        IntStream.range(0, region.height()).parallel().forEach(y -> {
            float[] lab = new float[3];
            int row = (region.y() + y) * image.width() + region.x();
            for (int x = 0; x < region.width(); x++) {
                float m = skin.values[y * region.width() + x];
                if (m < 1f / 512) {
                    continue;
                }
                Lab.fromRgb(image.pixels()[row + x], lab);
                float delta = (float) (m * strength) * lift(lab[0]);
                if (delta >= 0.1f) { // below that the round trip would only add rounding
                    image.pixels()[row + x] = Lab.toRgb(lab[0] + delta, lab[1], lab[2]);
                }
            }
        });
    }

    /** The lift of L* at full strength: 20 % of L*, capped, easing off above L* 72 to none at 98. */
    static float lift(float l) {
        float protect = (float) (1 - SkinMap.smoothstep(72, 98, l));
        return Math.min(MAX_LIFT, 0.2f * Math.max(0, l)) * protect;
    }
}
