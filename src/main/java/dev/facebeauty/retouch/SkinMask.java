package dev.facebeauty.retouch;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.RgbImage;

import java.awt.Shape;
import java.util.List;

/**
 * Where a face's skin is: inside the face outline, outside the (enlarged) eyes, brows and lips, feathered, and only
 * where the colour is close to the face's own skin tone (sampled from the cheeks and forehead), so that hair across
 * the forehead and glasses frames are left alone.
 */
final class SkinMask {

    private SkinMask() {
    }

    static Mask of(RgbImage image, Face face) {
        double span = face.eyeSpan();
        Region region = Region.around(face.bounds(FaceRegions.FACE_OVAL), span * 0.15, image.width(), image.height());
        float[] xs = face.x(), ys = face.y();
        int feather = (int) Math.round(span * 0.06);
        Mask skin = Mask.of(region, List.of(Mask.polygon(xs, ys, FaceRegions.FACE_OVAL, 1.0)), List.of());
        gateByColour(image, skin);
        skin.feather(feather);
        // The features are cut out after feathering, and the cut's soft edge lies outside them, so that eyes, brows
        // and lips themselves are never touched.
        List<Shape> features = List.of(
                Mask.polygon(xs, ys, FaceRegions.RIGHT_EYE, 1.6), Mask.polygon(xs, ys, FaceRegions.LEFT_EYE, 1.6),
                Mask.polygon(xs, ys, FaceRegions.RIGHT_BROW, 1.35), Mask.polygon(xs, ys, FaceRegions.LEFT_BROW, 1.35),
                Mask.polygon(xs, ys, FaceRegions.LIPS, 1.2));
        Mask cut = Mask.of(region, features, List.of()).feather(feather);
        for (int i = 0; i < skin.values.length; i++) {
            skin.values[i] *= 1 - Math.min(1, 2 * cut.values[i]);
        }
        return skin;
    }

    /**
     * Where there is no face to go by: skin by colour alone over the whole photo (the classic Cb 77–127, Cr 133–173
     * box of YCbCr, with soft edges), feathered.
     */
    static Mask byColour(RgbImage image) {
        Region region = new Region(0, 0, image.width(), image.height());
        Mask mask = Mask.empty(region);
        for (int i = 0; i < mask.values.length; i++) {
            int v = image.pixels()[i];
            int r = v >> 16 & 255, g = v >> 8 & 255, b = v & 255;
            double cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
            double cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
            mask.values[i] = (float) (ramp(cb, 77, 127, 6) * ramp(cr, 133, 173, 6));
        }
        return mask.feather(Math.max(1, Math.min(image.width(), image.height()) / 200));
    }

    /** 1 inside [lo, hi], falling linearly to 0 over {@code soft} outside. */
    private static double ramp(double v, double lo, double hi, double soft) {
        if (v >= lo && v <= hi) {
            return 1;
        }
        double d = v < lo ? lo - v : v - hi;
        return Math.max(0, 1 - d / soft);
    }

    /** Multiplies the mask by how close each pixel's chroma is to the mean chroma of the clearly-skin pixels. */
    private static void gateByColour(RgbImage image, Mask mask) {
        Region region = mask.region;
        double sumCb = 0, sumCr = 0, sumCb2 = 0, sumCr2 = 0;
        int n = 0;
        float[] cb = new float[region.size()], cr = new float[region.size()];
        for (int y = 0; y < region.height(); y++) {
            for (int x = 0; x < region.width(); x++) {
                int i = y * region.width() + x;
                int v = image.get(region.x() + x, region.y() + y);
                int r = v >> 16 & 255, g = v >> 8 & 255, b = v & 255;
                cb[i] = (float) (-0.168736 * r - 0.331264 * g + 0.5 * b);
                cr[i] = (float) (0.5 * r - 0.418688 * g - 0.081312 * b);
                if (mask.values[i] > 0.99f) {
                    sumCb += cb[i];
                    sumCr += cr[i];
                    sumCb2 += cb[i] * cb[i];
                    sumCr2 += cr[i] * cr[i];
                    n++;
                }
            }
        }
        if (n < 50) {
            return;
        }
        double meanCb = sumCb / n, meanCr = sumCr / n;
        // Generous spread: at least 6 levels, so shading and make-up stay inside; grey pictures pass whole.
        double sdCb = Math.max(6, Math.sqrt(Math.max(0, sumCb2 / n - meanCb * meanCb)));
        double sdCr = Math.max(6, Math.sqrt(Math.max(0, sumCr2 / n - meanCr * meanCr)));
        for (int i = 0; i < mask.values.length; i++) {
            if (mask.values[i] == 0) {
                continue;
            }
            double zb = (cb[i] - meanCb) / sdCb, zr = (cr[i] - meanCr) / sdCr;
            double dz = zb * zb + zr * zr;
            // 1 within 2.5 standard deviations, falling to 0 by 4.
            double w = dz <= 6.25 ? 1 : dz >= 16 ? 0 : 1 - (Math.sqrt(dz) - 2.5) / 1.5;
            mask.values[i] *= (float) w;
        }
    }
}
