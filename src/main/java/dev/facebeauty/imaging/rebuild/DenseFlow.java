package dev.facebeauty.imaging.rebuild;

import dev.facebeauty.imaging.BoxBlur;

import java.util.stream.IntStream;

/**
 * Where each pixel of a retouched picture came from in the picture it was made from: the geometry of thin face, shrink
 * face and enlarge eye. Coarse-to-fine Lucas–Kanade (Lucas and Kanade 1981; Bouguet's pyramidal form) on locally
 * normalised lightness, so whitening, a look or a tone curve do not read as motion; each level's field is averaged with
 * the confidence of its estimates, which carries it across flat, smoothed skin. The warps of a retouch are smooth and
 * local, so a field a few hundred pixels across is enough; it is scaled to the picture's size by the caller.
 *
 * @param width  the field's width
 * @param height the field's height
 * @param dx     per pixel, the horizontal offset into the source, in the field's own pixels
 * @param dy     the same, vertical
 */
record DenseFlow(int width, int height, float[] dx, float[] dy) {

    private static final int WINDOW = 4;
    private static final int ITERATIONS = 3;
    private static final float NORMALISE_FLOOR = 0.02f;

    /**
     * The field that takes {@code source} to {@code target}: {@code target(x) ≈ source(x + d(x))}, both lightness
     * planes of one size on 0–1.
     */
    static DenseFlow estimate(float[] source, float[] target, int width, int height) {
        java.util.List<float[]> sources = new java.util.ArrayList<>(), targets = new java.util.ArrayList<>();
        java.util.List<int[]> sizes = new java.util.ArrayList<>();
        sources.add(source);
        targets.add(target);
        sizes.add(new int[]{width, height});
        while (Math.min(sizes.getLast()[0], sizes.getLast()[1]) >= 48) {
            int[] size = sizes.getLast();
            int w = size[0] / 2, h = size[1] / 2;
            sources.add(halve(sources.getLast(), size[0], size[1]));
            targets.add(halve(targets.getLast(), size[0], size[1]));
            sizes.add(new int[]{w, h});
        }
        float[] dx = null, dy = null;
        for (int level = sizes.size() - 1; level >= 0; level--) {
            int w = sizes.get(level)[0], h = sizes.get(level)[1];
            if (dx == null) {
                dx = new float[w * h];
                dy = new float[w * h];
            } else {
                int pw = sizes.get(level + 1)[0], ph = sizes.get(level + 1)[1];
                dx = upsample(dx, pw, ph, w, h, 2);
                dy = upsample(dy, pw, ph, w, h, 2);
            }
            float[] s = normalised(sources.get(level), w, h), t = normalised(targets.get(level), w, h);
            refine(s, t, w, h, dx, dy);
        }
        return new DenseFlow(width, height, dx, dy);
    }

    /** The offset at a real position of the field (bilinear), in field pixels, into {@code out}. */
    void at(double x, double y, float[] out) {
        out[0] = sample(dx, width, height, x, y);
        out[1] = sample(dy, width, height, x, y);
    }

    private static void refine(float[] source, float[] target, int w, int h, float[] dx, float[] dy) {
        int n = w * h;
        float[] gx = new float[n], gy = new float[n];
        IntStream.range(0, h).parallel().forEach(y -> {
            for (int x = 0; x < w; x++) {
                int l = Math.max(x - 1, 0), r = Math.min(x + 1, w - 1), u = Math.max(y - 1, 0), d = Math.min(y + 1, h - 1);
                gx[y * w + x] = (source[y * w + r] - source[y * w + l]) / (r - l);
                gy[y * w + x] = (source[d * w + x] - source[u * w + x]) / (d - u);
            }
        });
        float[] sxx = new float[n], sxy = new float[n], syy = new float[n], sxt = new float[n], syt = new float[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            IntStream.range(0, h).parallel().forEach(y -> {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    double px = x + dx[i], py = y + dy[i];
                    float ix = sample(gx, w, h, px, py), iy = sample(gy, w, h, px, py);
                    float it = sample(source, w, h, px, py) - target[i];
                    sxx[i] = ix * ix;
                    sxy[i] = ix * iy;
                    syy[i] = iy * iy;
                    sxt[i] = ix * it;
                    syt[i] = iy * it;
                }
            });
            for (float[] p : new float[][]{sxx, sxy, syy, sxt, syt}) {
                BoxBlur.blur(p, w, h, WINDOW);
            }
            float[] confidence = sxt; // reused once the step is taken
            IntStream.range(0, n).parallel().forEach(i -> {
                double a = sxx[i] + 1e-4, b = sxy[i], c = syy[i] + 1e-4;
                double det = a * c - b * b;
                double stepX = -(c * sxt[i] - b * syt[i]) / det;
                double stepY = -(a * syt[i] - b * sxt[i]) / det;
                // Never more than a pixel per pass at this level: a wild step in a flat area is smoothed away instead.
                double length = Math.hypot(stepX, stepY);
                if (length > 1) {
                    stepX /= length;
                    stepY /= length;
                }
                dx[i] += (float) stepX;
                dy[i] += (float) stepY;
                double trace = a + c;
                confidence[i] = (float) Math.max(1e-6, trace / 2 - Math.sqrt(Math.max(0, trace * trace / 4 - det)));
            });
            // The smaller eigenvalue of the structure tensor weighs each estimate: flat skin borrows from its edges.
            float[] wx = new float[n], wy = new float[n];
            for (int i = 0; i < n; i++) {
                wx[i] = dx[i] * confidence[i];
                wy[i] = dy[i] * confidence[i];
            }
            BoxBlur.smooth(wx, w, h, WINDOW);
            BoxBlur.smooth(wy, w, h, WINDOW);
            BoxBlur.smooth(confidence, w, h, WINDOW);
            for (int i = 0; i < n; i++) {
                dx[i] = wx[i] / confidence[i];
                dy[i] = wy[i] / confidence[i];
            }
        }
    }

    /** Zero mean and unit spread in every small window (floored), so that tone changes do not look like motion. */
    private static float[] normalised(float[] plane, int w, int h) {
        float[] mean = plane.clone(), square = new float[plane.length];
        for (int i = 0; i < plane.length; i++) {
            square[i] = plane[i] * plane[i];
        }
        BoxBlur.blur(mean, w, h, WINDOW);
        BoxBlur.blur(square, w, h, WINDOW);
        float[] out = new float[plane.length];
        for (int i = 0; i < plane.length; i++) {
            float variance = Math.max(0, square[i] - mean[i] * mean[i]);
            out[i] = (plane[i] - mean[i]) / (float) Math.sqrt(variance + NORMALISE_FLOOR * NORMALISE_FLOOR);
        }
        return out;
    }

    private static float sample(float[] p, int w, int h, double x, double y) {
        double fx = Math.min(Math.max(x, 0), w - 1), fy = Math.min(Math.max(y, 0), h - 1);
        int x0 = (int) fx, y0 = (int) fy;
        int x1 = Math.min(x0 + 1, w - 1), y1 = Math.min(y0 + 1, h - 1);
        float ax = (float) (fx - x0), ay = (float) (fy - y0);
        float top = p[y0 * w + x0] + (p[y0 * w + x1] - p[y0 * w + x0]) * ax;
        float bottom = p[y1 * w + x0] + (p[y1 * w + x1] - p[y1 * w + x0]) * ax;
        return top + (bottom - top) * ay;
    }

    private static float[] halve(float[] p, int w, int h) {
        int hw = w / 2, hh = h / 2;
        float[] out = new float[hw * hh];
        for (int y = 0; y < hh; y++) {
            for (int x = 0; x < hw; x++) {
                int i = 2 * y * w + 2 * x;
                out[y * hw + x] = (p[i] + p[i + 1] + p[i + w] + p[i + w + 1]) / 4;
            }
        }
        return out;
    }

    /** A coarser field at a finer level's size, its offsets scaled to that level's pixels. */
    private static float[] upsample(float[] p, int pw, int ph, int w, int h, float scale) {
        float[] out = new float[w * h];
        double fx = (double) pw / w, fy = (double) ph / h;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = sample(p, pw, ph, (x + 0.5) * fx - 0.5, (y + 0.5) * fy - 0.5) * scale;
            }
        }
        return out;
    }
}
