package dev.facebeauty.retouch;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.RgbImage;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Removes the eyebrows: each brow (from its landmarks, enlarged) is filled with a smooth interpolation of the skin
 * around it (push-pull: averaged down a pyramid until no hole is left, then blended back up), and the fine texture of
 * the forehead just above is laid over the fill so that it does not look painted. The strength blends between the
 * brow and the filled skin.
 */
final class EyebrowRemoval {

    private EyebrowRemoval() {
    }

    static void apply(RgbImage image, Face face, double strength) {
        if (strength <= 0) {
            return;
        }
        for (int[] brow : List.of(FaceRegions.RIGHT_BROW, FaceRegions.LEFT_BROW)) {
            removeOne(image, face, brow, strength);
        }
    }

    private static void removeOne(RgbImage image, Face face, int[] brow, double strength) {
        Rectangle2D bounds = face.bounds(brow);
        double browHeight = Math.max(4, bounds.getHeight());
        Region region = Region.around(bounds, browHeight * 1.5, image.width(), image.height());
        Mask hole = Mask.of(region, List.of(Mask.polygon(face.x(), face.y(), brow, 1.3)), List.of());
        Mask soft = Mask.of(region, List.of(Mask.polygon(face.x(), face.y(), brow, 1.3)), List.of())
                .feather((int) Math.round(browHeight * 0.5));
        Planes planes = Planes.read(image, region);
        // The texture source: the same-sized patch of forehead above the brow (or below it when there is no room).
        int shift = (int) Math.round(browHeight * 1.6);
        boolean above = region.y() - shift >= 0;
        Region donor = new Region(region.x(), above ? region.y() - shift : Math.min(image.height() - region.height(), region.y() + shift),
                region.width(), region.height());
        Planes texture = Planes.read(image, donor);
        int detailRadius = Math.max(1, (int) Math.round(browHeight * 0.15));
        float[][] channels = planes.channels();
        float[][] donorChannels = texture.channels();
        for (int c = 0; c < 3; c++) {
            float[] fill = channels[c].clone();
            pushPull(fill, hole.values, region.width(), region.height());
            float[] base = donorChannels[c].clone();
            for (int pass = 0; pass < 3; pass++) {
                Mask.boxBlur(base, region.width(), region.height(), detailRadius);
            }
            for (int i = 0; i < fill.length; i++) {
                channels[c][i] = fill[i] + (donorChannels[c][i] - base[i]);
            }
        }
        // Keep the fill inside the brow: outside it the planes hold the image itself again.
        planes.blendInto(image, soft, (float) strength);
    }

    /**
     * Fills the pixels where {@code hole} is 1 from their surroundings, in place. Weights are 1 − hole; each level of
     * the pyramid halves the size with weighted means, then each finer level takes the coarser value where its own
     * weight is missing.
     */
    static void pushPull(float[] values, float[] hole, int width, int height) {
        float[] weight = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            weight[i] = 1 - hole[i];
            values[i] *= weight[i]; // premultiplied
        }
        fill(values, weight, width, height);
    }

    private static void fill(float[] v, float[] w, int width, int height) {
        if (width <= 1 && height <= 1) {
            if (w[0] > 0) {
                v[0] /= w[0];
                w[0] = 1;
            }
            return;
        }
        int cw = (width + 1) / 2, ch = (height + 1) / 2;
        float[] cv = new float[cw * ch], cwt = new float[cw * ch];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int c = (y / 2) * cw + x / 2;
                cv[c] += v[y * width + x];
                cwt[c] += w[y * width + x];
            }
        }
        for (int i = 0; i < cwt.length; i++) {
            if (cwt[i] > 1) { // renormalise to at most 1, keeping the premultiplied mean
                cv[i] /= cwt[i];
                cwt[i] = 1;
            }
        }
        fill(cv, cwt, cw, ch);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x, c = (y / 2) * cw + x / 2;
                float own = Math.min(1, w[i]);
                float mean = own > 0 ? v[i] / w[i] : 0;
                v[i] = own * mean + (1 - own) * cv[c];
                w[i] = 1;
            }
        }
    }
}
