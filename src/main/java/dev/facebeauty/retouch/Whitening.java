package dev.facebeauty.retouch;

import dev.facebeauty.imaging.GuidedFilter;
import dev.facebeauty.imaging.RgbImage;

import java.util.stream.IntStream;

/**
 * Brightens the skin in CIELAB, keeping the person's own tone: L* is lifted by an amount set by the person's own
 * lightness and depth (8–16 % of it by the skin's typology angle, at most 12 at full strength: darker skin is brightened, never made pale), the same on face,
 * ears and neck, easing off in highlights so they do not burn; a* and b* are untouched, so the hue and the richness of
 * the skin stay (near the sRGB gamut's edge it is lifted less rather than washed out, down to 60 % of the lift; past that, chroma
 * gives way, never hue). Applied through
 * the skin map, so hair, eyes and clothing do not change.
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
        PixelArea region = map.union.region;
        int width = region.width();
        float[] lightness = new float[region.size()], change = new float[region.size()];
        float[] lifts = new float[map.tones.size()];
        for (int k = 0; k < lifts.length; k++) {
            lifts[k] = lift(map.tones.get(k));
        }
        IntStream.range(0, region.height()).parallel().forEach(y -> {
            float[] lab = new float[3];
            int row = (region.y() + y) * image.width() + region.x();
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                Lab.fromRgb(image.pixels()[row + x], lab);
                lightness[i] = lab[0] / 100;
                int person = map.owner[i];
                float wanted = person < 0 ? 0 : (float) (map.union.values[i] * strength) * lifts[person] * protect(lab[0]);
                // Near the gamut's edge (saturated, tanned skin) the lift is held back to keep the colour rich, but not
                // below 60 %: beyond that a little chroma gives way. Decided before the smoothing below, so the
                // limit is spread softly too.
                change[i] = wanted < 0.05f ? 0 : Math.max(0.6f * wanted, Lab.largestLift(lab[0], wanted, lab[1], lab[2]));
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
                    image.pixels()[row + x] = Lab.toRgb(lab[0] + Math.min(MAX_LIFT, delta), lab[1], lab[2]);
                }
            }
        });
    }

    /** Highlights are eased off: full lift up to L* 75, none at 99. */
    private static float protect(float l) {
        return (float) (1 - SkinMap.smoothstep(75, 99, l));
    }

    /**
     * The lift of L* at full strength for a person: 8 % of their L* on tan, brown and dark skin (typology angle under
     * 20°) rising to 16 % on very light skin (above 60°), at most 12, so a darker complexion is brightened gently and
     * keeps its depth, never turned pale. Highlights are eased off by {@link #protect}.
     */
    static float lift(SkinMap.Tone person) {
        double share = 0.08 + 0.08 * SkinMap.smoothstep(20, 60, person.typologyAngle());
        return (float) Math.min(MAX_LIFT, share * Math.max(0, person.l()));
    }
}
