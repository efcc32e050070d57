package dev.facebeauty.retouch;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.RgbImage;

import java.awt.Rectangle;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * The retouch-quality figures of issue 11, measured on luminance between an original and a result. Written from the
 * definitions, independent of the engine's own masks: seam, brow grain, far motion, tone (ΔL* and hue on skin) and
 * the largest change.
 */
final class RetouchMetrics {

    private RetouchMetrics() {
    }

    /** Luminance 0–255 (Rec. 601 weights). */
    static float[] luma(RgbImage image) {
        float[] y = new float[image.width() * image.height()];
        int[] p = image.pixels();
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.299f * (p[i] >> 16 & 255) + 0.587f * (p[i] >> 8 & 255) + 0.114f * (p[i] & 255);
        }
        return y;
    }

    /** The face box (bounds of the face outline) grown about its centre by {@code factor}, clipped to the image. */
    static Rectangle grown(Face face, double factor, int width, int height) {
        Rectangle2D b = face.bounds(FaceRegions.FACE_OVAL);
        double w = b.getWidth() * factor, h = b.getHeight() * factor;
        Rectangle r = new Rectangle((int) Math.floor(b.getCenterX() - w / 2), (int) Math.floor(b.getCenterY() - h / 2),
                (int) Math.ceil(w), (int) Math.ceil(h));
        return r.intersection(new Rectangle(0, 0, width, height));
    }

    static double faceWidth(Face face) {
        return face.bounds(FaceRegions.FACE_OVAL).getWidth();
    }

    /**
     * Seam: with s = 0.01·w, the change (result − original) and the original smoothed by a Gaussian of σ = s; per pixel
     * max(0, |∇change| − 0.5·|∇original|)·s; the 99.5th percentile over the face box grown 1.8×.
     */
    static double seam(RgbImage original, RgbImage result, Face face) {
        int w = original.width(), h = original.height();
        double s = Math.max(0.75, 0.01 * faceWidth(face));
        float[] yo = luma(original), yr = luma(result);
        float[] change = new float[yo.length];
        for (int i = 0; i < change.length; i++) {
            change[i] = yr[i] - yo[i];
        }
        gaussian(change, w, h, s);
        gaussian(yo, w, h, s);
        Rectangle area = grown(face, 1.8, w, h);
        float[] values = new float[area.width * area.height];
        int n = 0;
        for (int y = Math.max(1, area.y); y < Math.min(h - 1, area.y + area.height); y++) {
            for (int x = Math.max(1, area.x); x < Math.min(w - 1, area.x + area.width); x++) {
                double gc = gradient(change, w, x, y), go = gradient(yo, w, x, y);
                values[n++] = (float) (Math.max(0, gc - 0.5 * go) * s);
            }
        }
        return percentile(Arrays.copyOf(values, n), 99.5);
    }

    /**
     * Brow grain: the median 5 × 5 standard deviation of the result inside the changed area (luminance moved by more
     * than 3 levels, within the brow's neighbourhood), over that of the original skin in a 7-pixel ring around the
     * area (skin: within 2.5 spreads of the person's skin colour sampled at the cheeks, forehead and chin, so hair
     * and lashes in the ring do not count). NaN when nothing changed.
     */
    static double browGrain(RgbImage original, RgbImage result, Face face) {
        int w = original.width(), h = original.height();
        float[] yo = luma(original), yr = luma(result);
        Rectangle2D brows = face.bounds(FaceRegions.RIGHT_BROW).createUnion(face.bounds(FaceRegions.LEFT_BROW));
        double margin = brows.getHeight();
        Rectangle area = new Rectangle((int) (brows.getX() - margin), (int) (brows.getY() - margin),
                (int) (brows.getWidth() + 2 * margin), (int) (brows.getHeight() + 2 * margin)).intersection(new Rectangle(0, 0, w, h));
        boolean[] changed = new boolean[w * h];
        int count = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                int i = y * w + x;
                if (Math.abs(yr[i] - yo[i]) > 3) {
                    changed[i] = true;
                    count++;
                }
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        boolean[] ring = dilate(changed, w, h, 7);
        SkinMap.Tone tone = SkinMap.toneOf(original, face);
        float[] lab = new float[3];
        for (int i = 0; i < ring.length; i++) {
            if (ring[i] && !changed[i]) {
                Lab.fromRgb(original.pixels()[i], lab);
                ring[i] = tone.likelihood(lab[0], lab[1], lab[2]) > 0.5f;
            }
        }
        float[] sdResult = localDeviation(yr, w, h), sdOriginal = localDeviation(yo, w, h);
        float[] inside = new float[count];
        float[] around = new float[w * h];
        int a = 0, b = 0;
        for (int i = 0; i < changed.length; i++) {
            if (changed[i]) {
                inside[a++] = sdResult[i];
            } else if (ring[i]) {
                around[b++] = sdOriginal[i];
            }
        }
        return percentile(inside, 50) / Math.max(1e-3, percentile(Arrays.copyOf(around, b), 50));
    }

    /**
     * Far motion: dense optical flow (Lucas–Kanade, Gaussian window σ = 2 px on images smoothed by σ = 1 px) between
     * original and result; the 99th percentile of its length between the face box grown 1.6× and grown 3×. Pixels
     * without texture (smaller eigenvalue of the structure tensor under 1) carry no flow and are left out.
     */
    static double farMotion(RgbImage original, RgbImage result, Face face) {
        int w = original.width(), h = original.height();
        float[] a = luma(original), b = luma(result);
        gaussian(a, w, h, 1);
        gaussian(b, w, h, 1);
        float[] ixx = new float[a.length], iyy = new float[a.length], ixy = new float[a.length];
        float[] ixt = new float[a.length], iyt = new float[a.length];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                float ix = (a[i + 1] - a[i - 1] + b[i + 1] - b[i - 1]) / 4, iy = (a[i + w] - a[i - w] + b[i + w] - b[i - w]) / 4;
                float it = b[i] - a[i];
                ixx[i] = ix * ix;
                iyy[i] = iy * iy;
                ixy[i] = ix * iy;
                ixt[i] = ix * it;
                iyt[i] = iy * it;
            }
        }
        for (float[] plane : new float[][]{ixx, iyy, ixy, ixt, iyt}) {
            gaussian(plane, w, h, 2);
        }
        Rectangle inner = grown(face, 1.6, w, h), outer = grown(face, 3, w, h);
        float[] flow = new float[outer.width * outer.height];
        int n = 0;
        for (int y = Math.max(1, outer.y); y < Math.min(h - 1, outer.y + outer.height); y++) {
            for (int x = Math.max(1, outer.x); x < Math.min(w - 1, outer.x + outer.width); x++) {
                if (inner.contains(x, y)) {
                    continue;
                }
                int i = y * w + x;
                double det = ixx[i] * iyy[i] - ixy[i] * ixy[i], tr = ixx[i] + iyy[i];
                double minEigen = tr / 2 - Math.sqrt(Math.max(0, tr * tr / 4 - det));
                if (minEigen < 1) {
                    continue;
                }
                double u = -(iyy[i] * ixt[i] - ixy[i] * iyt[i]) / det, v = -(ixx[i] * iyt[i] - ixy[i] * ixt[i]) / det;
                flow[n++] = (float) Math.hypot(u, v);
            }
        }
        return n == 0 ? 0 : percentile(Arrays.copyOf(flow, n), 99);
    }

    /** A square of half-size {@code half} about a point. */
    static Rectangle around(java.awt.geom.Point2D p, double half) {
        int h = (int) Math.max(2, Math.round(half));
        return new Rectangle((int) p.getX() - h, (int) p.getY() - h, 2 * h, 2 * h);
    }

    /** Pores and grain: mean absolute difference between luminance and its 3 × 3 mean, inside {@code area}. */
    static double fineTexture(RgbImage image, Rectangle area) {
        return band(image, area, 0, 1);
    }

    /**
     * Uneven tone and blemishes: mean absolute difference between luminance smoothed at σ = 1 px and at σ = 0.03 of
     * the face's width, inside {@code area}.
     */
    static double midTexture(RgbImage image, Rectangle area, Face face) {
        return band(image, area, 1, Math.max(2, 0.03 * faceWidth(face)));
    }

    private static double band(RgbImage image, Rectangle area, double fine, double coarse) {
        int w = image.width(), h = image.height();
        float[] y = luma(image), a = y.clone(), b = y.clone();
        if (fine > 0) {
            gaussian(a, w, h, fine);
        }
        if (coarse <= 1) {
            for (int yy = 1; yy < h - 1; yy++) {
                for (int x = 1; x < w - 1; x++) {
                    float sum = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            sum += y[(yy + dy) * w + x + dx];
                        }
                    }
                    b[yy * w + x] = sum / 9;
                }
            }
        } else {
            gaussian(b, w, h, coarse);
        }
        Rectangle r = area.intersection(new Rectangle(1, 1, w - 2, h - 2));
        double sum = 0;
        for (int yy = r.y; yy < r.y + r.height; yy++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                sum += Math.abs(a[yy * w + x] - b[yy * w + x]);
            }
        }
        return sum / (r.width * (double) r.height);
    }

    /** The largest change of any channel of any pixel. */
    static int maxChange(RgbImage a, RgbImage b) {
        int max = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            int p = a.pixels()[i], q = b.pixels()[i];
            max = Math.max(max, Math.max(Math.abs((p >> 16 & 255) - (q >> 16 & 255)),
                    Math.max(Math.abs((p >> 8 & 255) - (q >> 8 & 255)), Math.abs((p & 255) - (q & 255)))));
        }
        return max;
    }

    /** Mean ΔL* and the hue shift (degrees, of the mean a*, b*) over the face's skin. */
    record Tone(double deltaL, double hueShift) {
    }

    /**
     * Skin for the tone figures: inside the face outline shrunk to 85 % about its centroid, outside the eyes, brows
     * and lips (each enlarged), and within 2.5 median absolute deviations of the median chroma there.
     */
    static Tone tone(RgbImage original, RgbImage result, Face face) {
        Path2D oval = polygon(face, FaceRegions.FACE_OVAL, 0.85);
        Path2D[] features = {polygon(face, FaceRegions.RIGHT_EYE, 1.8), polygon(face, FaceRegions.LEFT_EYE, 1.8),
                polygon(face, FaceRegions.RIGHT_BROW, 1.5), polygon(face, FaceRegions.LEFT_BROW, 1.5), polygon(face, FaceRegions.LIPS, 1.3)};
        Rectangle box = oval.getBounds().intersection(new Rectangle(0, 0, original.width(), original.height()));
        int cap = box.width * box.height;
        float[][] before = new float[cap][], after = new float[cap][];
        int n = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                double px = x + 0.5, py = y + 0.5;
                if (!oval.contains(px, py) || Arrays.stream(features).anyMatch(f -> f.contains(px, py))) {
                    continue;
                }
                before[n] = new float[3];
                after[n] = new float[3];
                Lab.fromRgb(original.get(x, y), before[n]);
                Lab.fromRgb(result.get(x, y), after[n]);
                n++;
            }
        }
        float[] as = new float[n], bs = new float[n];
        for (int i = 0; i < n; i++) {
            as[i] = before[i][1];
            bs[i] = before[i][2];
        }
        double ma = percentile(as.clone(), 50), mb = percentile(bs.clone(), 50);
        float[] dev = new float[n];
        for (int i = 0; i < n; i++) {
            dev[i] = (float) Math.hypot(as[i] - ma, bs[i] - mb);
        }
        double limit = 2.5 * Math.max(2, percentile(dev.clone(), 50));
        double sumDl = 0, a0 = 0, b0 = 0, a1 = 0, b1 = 0;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (dev[i] > limit) {
                continue;
            }
            sumDl += after[i][0] - before[i][0];
            a0 += before[i][1];
            b0 += before[i][2];
            a1 += after[i][1];
            b1 += after[i][2];
            kept++;
        }
        double hue = Math.toDegrees(Math.atan2(b1, a1) - Math.atan2(b0, a0));
        hue = ((hue + 540) % 360) - 180;
        return new Tone(sumDl / Math.max(1, kept), Math.abs(hue));
    }

    static Path2D polygon(Face face, int[] indices, double scale) {
        return Mask.polygon(face.x(), face.y(), indices, scale);
    }

    private static double gradient(float[] v, int w, int x, int y) {
        int i = y * w + x;
        return Math.hypot((v[i + 1] - v[i - 1]) / 2, (v[i + w] - v[i - w]) / 2);
    }

    /** Separable Gaussian blur in place, kernel cut at 3σ, edges clamped. */
    static void gaussian(float[] v, int w, int h, double sigma) {
        int r = Math.max(1, (int) Math.ceil(3 * sigma));
        float[] k = new float[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= (float) sum;
        }
        float[] tmp = new float[v.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float acc = 0;
                for (int j = -r; j <= r; j++) {
                    acc += k[j + r] * v[y * w + Math.clamp(x + j, 0, w - 1)];
                }
                tmp[y * w + x] = acc;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float acc = 0;
                for (int j = -r; j <= r; j++) {
                    acc += k[j + r] * tmp[Math.clamp(y + j, 0, h - 1) * w + x];
                }
                v[y * w + x] = acc;
            }
        }
    }

    private static float[] localDeviation(float[] v, int w, int h) {
        float[] sd = new float[v.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = 0, s2 = 0;
                int n = 0;
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        int xx = x + dx, yy = y + dy;
                        if (xx >= 0 && yy >= 0 && xx < w && yy < h) {
                            float p = v[yy * w + xx];
                            s += p;
                            s2 += p * p;
                            n++;
                        }
                    }
                }
                sd[y * w + x] = (float) Math.sqrt(Math.max(0, s2 / n - (s / n) * (s / n)));
            }
        }
        return sd;
    }

    private static boolean[] dilate(boolean[] in, int w, int h, int r) {
        boolean[] out = new boolean[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!in[y * w + x]) {
                    continue;
                }
                for (int dy = -r; dy <= r; dy++) {
                    for (int dx = -r; dx <= r; dx++) {
                        int xx = x + dx, yy = y + dy;
                        if (xx >= 0 && yy >= 0 && xx < w && yy < h && dx * dx + dy * dy <= r * r) {
                            out[yy * w + xx] = true;
                        }
                    }
                }
            }
        }
        return out;
    }

    static double percentile(float[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        Arrays.sort(values);
        int i = (int) Math.min(values.length - 1, Math.max(0, Math.round(p / 100 * (values.length - 1))));
        return values[i];
    }
}
