package dev.facebeauty.imaging;

/**
 * The guided filter (He, Sun and Tang, "Guided Image Filtering", ECCV 2010): an edge-preserving smoothing whose output
 * is, in every window, a linear function of a guide image, so it keeps the guide's edges. Box means by running sums:
 * the cost does not grow with the radius. Its local linear model also serves on its own (the rebuild of a result).
 */
public final class GuidedFilter {

    private GuidedFilter() {
    }

    /**
     * The window-averaged coefficients {@code a} and {@code b} of {@code input ≈ a · guide + b} in every window of
     * {@code radius} (both planes width × height, row by row); {@code eps} regularises flat windows.
     */
    public static float[][] coefficients(float[] input, float[] guide, int width, int height, int radius, float eps) {
        int n = input.length;
        float[] meanI = guide.clone(), meanP = input.clone(), corrIp = new float[n], varI = new float[n];
        inBlocks(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                corrIp[i] = guide[i] * input[i];
                varI[i] = guide[i] * guide[i];
            }
        });
        BoxBlur.blur(meanI, width, height, radius);
        BoxBlur.blur(meanP, width, height, radius);
        BoxBlur.blur(corrIp, width, height, radius);
        BoxBlur.blur(varI, width, height, radius);
        float[] a = corrIp, b = varI; // reused
        inBlocks(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                float var = Math.max(0, varI[i] - meanI[i] * meanI[i]);
                float cov = corrIp[i] - meanI[i] * meanP[i];
                float ai = cov / (var + eps);
                a[i] = ai;
                b[i] = meanP[i] - ai * meanI[i];
            }
        });
        BoxBlur.blur(a, width, height, radius);
        BoxBlur.blur(b, width, height, radius);
        return new float[][]{a, b};
    }

    /**
     * Filters {@code input} in place with {@code guide}'s edges (both width × height, row by row). Wide windows work on
     * a subsampled copy ({@link Subsampled}): the coefficients are smooth, so they are found coarse and interpolated,
     * and only the last step, {@code a · guide + b}, is done at full size with the guide's own detail.
     */
    public static void smooth(float[] input, float[] guide, int width, int height, int radius, float eps) {
        int factor = Subsampled.factorFor(radius);
        float[][] ab;
        if (factor == 1) {
            ab = coefficients(input, guide, width, height, radius, eps);
        } else {
            Subsampled p = Subsampled.of(input, width, height, factor), i = Subsampled.of(guide, width, height, factor);
            ab = atFullSize(coefficients(p.values(), i.values(), p.width(), p.height(), p.radius(radius), eps), p, width, height);
        }
        apply(input, guide, ab);
    }

    /**
     * The image as its own guide: flat areas averaged, differences well above √ε kept; in place. Wide windows work on a
     * subsampled copy, as in {@link #smooth}.
     */
    public static void selfGuided(float[] channel, int width, int height, int radius, float eps) {
        int factor = Subsampled.factorFor(radius);
        float[][] ab;
        if (factor == 1) {
            ab = selfCoefficients(channel.clone(), width, height, radius, eps);
        } else {
            Subsampled p = Subsampled.of(channel, width, height, factor);
            ab = atFullSize(selfCoefficients(p.values(), p.width(), p.height(), p.radius(radius), eps), p, width, height);
        }
        apply(channel, channel, ab);
    }

    /**
     * {@link #coefficients} with the input its own guide: its mean and its correlation with the guide are the guide's
     * own, so four box means instead of six. Takes over {@code channel}'s array.
     */
    private static float[][] selfCoefficients(float[] channel, int width, int height, int radius, float eps) {
        int n = channel.length;
        float[] mean = channel, square = new float[n];
        for (int i = 0; i < n; i++) {
            square[i] = channel[i] * channel[i];
        }
        BoxBlur.blur(mean, width, height, radius);
        BoxBlur.blur(square, width, height, radius);
        float[] a = square, b = mean; // reused
        for (int i = 0; i < n; i++) {
            float cov = square[i] - mean[i] * mean[i]; // the variance, as the two-plane filter computes both
            float ai = cov / (Math.max(0, cov) + eps);
            float bi = mean[i] - ai * mean[i];
            a[i] = ai;
            b[i] = bi;
        }
        BoxBlur.blur(a, width, height, radius);
        BoxBlur.blur(b, width, height, radius);
        return new float[][]{a, b};
    }

    private static float[][] atFullSize(float[][] coarse, Subsampled grid, int width, int height) {
        float[][] full = new float[coarse.length][width * height];
        for (int k = 0; k < coarse.length; k++) {
            new Subsampled(coarse[k], grid.width(), grid.height(), grid.factor()).expandInto(full[k], width, height);
        }
        return full;
    }

    /** {@code out = a · guide + b}, where {@code out} may be the guide. */
    private static void apply(float[] out, float[] guide, float[][] ab) {
        float[] a = ab[0], b = ab[1];
        inBlocks(out.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = a[i] * guide[i] + b[i];
            }
        });
    }

    private interface Block {
        void run(int from, int to);
    }

    /** Runs {@code block} over 0 … n in blocks of 64 Ki values, spread over the cores. */
    private static void inBlocks(int n, Block block) {
        java.util.stream.IntStream.range(0, (n + 65535) >> 16).parallel()
                .forEach(k -> block.run(k << 16, Math.min(n, (k + 1) << 16)));
    }
}
