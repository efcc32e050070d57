package dev.facebeauty.imaging;

import java.util.stream.IntStream;

/**
 * A float plane averaged over cells of {@code factor × factor} pixels, and the way back to full size by bilinear
 * interpolation. Wide, smooth operations (a feather of 60 pixels, a guided filter's coefficients over a 40-pixel window)
 * give the same result on such a copy at a fraction of the cost: at a camera's 24 MP a face's filters have radii of
 * 40 pixels and more, and worked at full size they were most of the retouch's time. The "fast guided filter" (He and
 * Sun, 2015, arXiv:1505.00996) does the same for the guided filter.
 */
public record Subsampled(float[] values, int width, int height, int factor) {

    /** A radius at the coarse scale of at least this many pixels keeps the box filters' shape. */
    static final int COARSE_RADIUS = 8;

    /** The cell size for a filter of {@code radius} pixels at full size: 1 (full size) below 2 × {@link #COARSE_RADIUS}. */
    public static int factorFor(int radius) {
        return Math.max(1, radius / COARSE_RADIUS);
    }

    /** The radius at the coarse scale of a filter of {@code radius} pixels at full size. */
    public int radius(int fullRadius) {
        return Math.max(1, Math.round(fullRadius / (float) factor));
    }

    /** The plane ({@code width × height}, row by row) averaged over cells; cells at the edges average what they hold. */
    public static Subsampled of(float[] plane, int width, int height, int factor) {
        int w = (width + factor - 1) / factor, h = (height + factor - 1) / factor;
        float[] small = new float[w * h];
        IntStream.range(0, h).parallel().forEach(cy -> {
            int y0 = cy * factor, y1 = Math.min(height, y0 + factor);
            for (int cx = 0; cx < w; cx++) {
                int x0 = cx * factor, x1 = Math.min(width, x0 + factor);
                double sum = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        sum += plane[y * width + x];
                    }
                }
                small[cy * w + cx] = (float) (sum / ((y1 - y0) * (x1 - x0)));
            }
        });
        return new Subsampled(small, w, h, factor);
    }

    /**
     * The plane at full size ({@code fullWidth × fullHeight}), interpolated bilinearly between the cells' centres (held
     * flat beyond the outer ones), written into {@code target}.
     */
    public void expandInto(float[] target, int fullWidth, int fullHeight) {
        int[] left = new int[fullWidth], right = new int[fullWidth];
        float[] across = new float[fullWidth];
        for (int x = 0; x < fullWidth; x++) {
            float u = Math.clamp((x + 0.5f) / factor - 0.5f, 0, width - 1);
            left[x] = Math.min((int) u, width - 1);
            right[x] = Math.min(left[x] + 1, width - 1);
            across[x] = u - left[x];
        }
        IntStream.range(0, fullHeight).parallel().forEach(y -> {
            float v = Math.clamp((y + 0.5f) / factor - 0.5f, 0, height - 1);
            int top = Math.min((int) v, height - 1), bottom = Math.min(top + 1, height - 1);
            float down = v - top;
            int t = top * width, b = bottom * width, row = y * fullWidth;
            for (int x = 0; x < fullWidth; x++) {
                float f = across[x];
                float upper = values[t + left[x]] + f * (values[t + right[x]] - values[t + left[x]]);
                float lower = values[b + left[x]] + f * (values[b + right[x]] - values[b + left[x]]);
                target[row + x] = upper + down * (lower - upper);
            }
        });
    }
}
