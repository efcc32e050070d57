package dev.facebeauty.retouch;

import dev.facebeauty.imaging.BoxBlur;

import java.util.Arrays;

/**
 * How a removed brow is filled: a smooth surface pulled in from the clear skin around it (push-pull, then Laplace
 * relaxation), coloured like that skin, with the skin's own grain laid over it block by block.
 */
final class BrowFill {

    private BrowFill() {
    }

    /**
     * Gives the fill the colour of the clear skin around the brow: the membrane keeps its lightness, but its a* and
     * b* lean to the ring's median, so shadows under the brow or a highlight above it do not grey or tint the fill.
     */
    static void matchSkinColour(float[][] fill, float[] weight, float[] chromaA, float[] chromaB, float[] where) {
        double ringA = percentile(chromaA, weight, 0.5f, null, 0.5), ringB = percentile(chromaB, weight, 0.5f, null, 0.5);
        float[] lab = new float[3];
        for (int i = 0; i < weight.length; i++) {
            if (where[i] <= 0 || weight[i] > 0) {
                continue;
            }
            int rgb = clamp(fill[0][i]) << 16 | clamp(fill[1][i]) << 8 | clamp(fill[2][i]);
            Lab.fromRgb(rgb, lab);
            int matched = Lab.toRgb(lab[0], (float) (0.35 * lab[1] + 0.65 * ringA), (float) (0.35 * lab[2] + 0.65 * ringB));
            fill[0][i] = matched >> 16 & 255;
            fill[1][i] = matched >> 8 & 255;
            fill[2][i] = matched & 255;
        }
    }

    static int clamp(float v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v);
    }

    /**
     * Lays skin grain over the smooth fill: the finest band of the skin around the brow, copied block by block from
     * randomly chosen places where the skin is clear (a fixed seed, so a result can be repeated), so the filled brow
     * has the same pores and grain as its surroundings. Hair, lashes and the brow itself are never a source.
     */
    static void addGrain(float[][] fill, float[][] own, float[] ownLuma, float[] weight, float[] where, int width,
                                 int height, double browHeight) {
        int block = Math.max(3, (int) Math.round(browHeight * 0.35));
        int radius = Math.max(1, (int) Math.round(browHeight * 0.25));
        float[][] detail = new float[3][];
        for (int c = 0; c < 3; c++) {
            detail[c] = highPass(own[c], weight, width, height, radius);
        }
        // Block corners whose whole block is clear skin.
        int[] sources = new int[width * height];
        int count = 0;
        for (int y = 0; y + block <= height; y++) {
            for (int x = 0; x + block <= width; x++) {
                if (clear(weight, width, x, y, block)) {
                    sources[count++] = y * width + x;
                }
            }
        }
        if (count == 0) {
            return;
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(0x5EEDL + width * 31L + height);
        float[][] grain = new float[3][width * height];
        for (int by = 0; by < height; by += block) {
            for (int bx = 0; bx < width; bx += block) {
                int from = sources[random.nextInt(count)];
                int fx = from % width, fy = from / width;
                for (int dy = 0; dy < block && by + dy < height; dy++) {
                    for (int dx = 0; dx < block && bx + dx < width; dx++) {
                        int i = (by + dy) * width + bx + dx, j = (fy + dy) * width + fx + dx;
                        if (where[i] > 0) {
                            for (int c = 0; c < 3; c++) {
                                grain[c][i] = detail[c][j];
                            }
                        }
                    }
                }
            }
        }
        // The copied band carries the pores but not the skin's slightly coarser unevenness: scale it so the filled
        // brow's local spread (5 × 5) matches that of the clear skin around it, within bounds.
        float[] withGrain = new float[width * height];
        for (int i = 0; i < withGrain.length; i++) {
            withGrain[i] = (float) Look.luma(fill[0][i] + grain[0][i], fill[1][i] + grain[1][i], fill[2][i] + grain[2][i]);
        }
        double target = medianDeviation(ownLuma, weight, 1f, width, height);
        float[] hole = new float[weight.length];
        for (int i = 0; i < hole.length; i++) {
            hole[i] = where[i] > 0.5f && weight[i] == 0 ? 1 : 0;
        }
        double now = medianDeviation(withGrain, hole, 1f, width, height);
        float gain = now > 1e-3 && target > 0 ? (float) Math.clamp(target / now, 1, 2.5) : 1;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < withGrain.length; i++) {
                fill[c][i] += gain * grain[c][i];
            }
        }
    }

    /** The median 5 × 5 standard deviation of {@code v} over the pixels where {@code mask} equals {@code on}. */
    static double medianDeviation(float[] v, float[] mask, float on, int width, int height) {
        float[] picked = new float[v.length];
        int k = 0;
        for (int y = 2; y < height - 2; y++) {
            for (int x = 2; x < width - 2; x++) {
                if (mask[y * width + x] != on) {
                    continue;
                }
                double sum = 0, sum2 = 0;
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        float p = v[(y + dy) * width + x + dx];
                        sum += p;
                        sum2 += p * p;
                    }
                }
                picked[k++] = (float) Math.sqrt(Math.max(0, sum2 / 25 - (sum / 25) * (sum / 25)));
            }
        }
        if (k == 0) {
            return 0;
        }
        picked = Arrays.copyOf(picked, k);
        Arrays.sort(picked);
        return picked[k / 2];
    }

    static boolean clear(float[] weight, int width, int x, int y, int block) {
        for (int dy = 0; dy < block; dy++) {
            for (int dx = 0; dx < block; dx++) {
                if (weight[(y + dy) * width + x + dx] < 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The finest band of {@code v} over skin only: the local mean is a normalised convolution with the skin weights,
     * so skin next to hair gets no bright halo from the hair's darkness; zero off the skin.
     */
    static float[] highPass(float[] v, float[] skin, int width, int height, int radius) {
        float[] low = new float[v.length], weight = skin.clone();
        for (int i = 0; i < v.length; i++) {
            low[i] = v[i] * skin[i];
        }
        BoxBlur.smooth(low, width, height, radius);
        BoxBlur.smooth(weight, width, height, radius);
        for (int i = 0; i < low.length; i++) {
            low[i] = weight[i] > 1e-3f ? skin[i] * (v[i] - low[i] / weight[i]) : 0;
        }
        return low;
    }


    /**
     * A percentile (0–1) of {@code values} where {@code mask} is above {@code threshold} (below −threshold when it is
     * negative), and where {@code skin}, when given, is above one half.
     */
    static double percentile(float[] values, float[] mask, float threshold, float[] skin, double p) {
        float[] picked = new float[values.length];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            boolean in = threshold >= 0 ? mask[i] > threshold : mask[i] < -threshold;
            if (in && (skin == null || skin[i] > 0.5f)) {
                picked[k++] = values[i];
            }
        }
        if (k == 0) {
            return Double.NaN;
        }
        picked = Arrays.copyOf(picked, k);
        Arrays.sort(picked);
        return picked[(int) Math.min(k - 1, Math.round(p * (k - 1)))];
    }

    /**
     * Fills {@code values} from the pixels with weight, in place: each level of a pyramid halves the size with
     * weighted means, then each finer level takes the coarser value where its own weight is missing.
     */
    static void pushPull(float[] values, float[] weight, int width, int height) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= weight[i]; // premultiplied
        }
        fill(values, weight, width, height);
    }

    /**
     * Smooths the fill into a membrane: Gauss–Seidel steps of Laplace's equation on the pixels without weight, the
     * skin around them held at its own values, so the fill has no pyramid blocks and meets its border without a step.
     */
    static void relax(float[] fill, float[] weight, int width, int height, int iterations) {
        for (int it = 0; it < iterations; it++) {
            for (int y = 1; y < height - 1; y++) {
                for (int x = 1; x < width - 1; x++) {
                    int i = y * width + x;
                    if (weight[i] == 0) {
                        fill[i] = (fill[i - 1] + fill[i + 1] + fill[i - width] + fill[i + width]) / 4;
                    }
                }
            }
        }
    }

    static void fill(float[] v, float[] w, int width, int height) {
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
