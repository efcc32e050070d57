package dev.facebeauty.retouch;

import dev.facebeauty.imaging.RgbImage;

import java.util.stream.IntStream;

/**
 * Brightens the skin in CIELAB, keeping the person's own tone: L* is lifted by an amount set by the person's own
 * lightness (a fifth of it, at most 12 at full strength: darker skin is brightened, never made pale), the same on face,
 * ears and neck, easing off in highlights so they do not burn; a* and b* are untouched, so the hue and the colour of
 * the skin stay (a colour pushed out of the sRGB gamut loses chroma, not hue). Applied through the skin map, so hair,
 * eyes and clothing do not change.
 */
final class Whitening {

    /** The largest lift of L* at strength 1. */
    static final float MAX_LIFT = 12;

    private Whitening() {
    }

    /** @param strength 0–1; 0 leaves the image as it is */
    static void apply(RgbImage image, SkinMap map, double strength) {
        if (strength <= 0) {
            return;
        }
        Region region = map.union.region;
        int width = region.width();
        float[] lightness = new float[region.size()], change = new float[region.size()];
        IntStream.range(0, region.height()).parallel().forEach(y -> {
            float[] lab = new float[3];
            int row = (region.y() + y) * image.width() + region.x();
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                Lab.fromRgb(image.pixels()[row + x], lab);
                lightness[i] = lab[0] / 100;
                change[i] = (float) (map.union.values[i] * strength) * lift(map.personLightness[i]);
            }
        });
        // The lift follows the photo's strong edges (hairline, jaw against a dark background) but spreads softly
        // across weak ones (skin against a beige wall, the skin map's own cuts), so it never draws an outline.
        GuidedFilter.smooth(change, lightness, width, region.height(),
                Math.max(2, (int) Math.round(0.05 * map.faceWidth)), 0.02f);
        IntStream.range(0, region.height()).parallel().forEach(y -> {
            float[] lab = new float[3];
            int row = (region.y() + y) * image.width() + region.x();
            for (int x = 0; x < width; x++) {
                float delta = change[y * width + x];
                if (delta >= 0.1f) { // below that the round trip would only add rounding
                    Lab.fromRgb(image.pixels()[row + x], lab);
                    float protect = (float) (1 - SkinMap.smoothstep(75, 99, lab[0]));
                    image.pixels()[row + x] = Lab.toRgb(lab[0] + Math.min(MAX_LIFT, delta) * protect, lab[1], lab[2]);
                }
            }
        });
    }

    /**
     * The lift of L* at full strength on a person of lightness {@code person}: 20 % of the person's L*, capped (the
     * pixel's own highlights are protected when it is applied).
     */
    static float lift(float person) {
        return Math.min(MAX_LIFT, 0.2f * Math.max(0, person));
    }
}
