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
        for (int i = 0; i < n; i++) {
            corrIp[i] = guide[i] * input[i];
            varI[i] = guide[i] * guide[i];
        }
        BoxBlur.blur(meanI, width, height, radius);
        BoxBlur.blur(meanP, width, height, radius);
        BoxBlur.blur(corrIp, width, height, radius);
        BoxBlur.blur(varI, width, height, radius);
        float[] a = corrIp, b = varI; // reused
        for (int i = 0; i < n; i++) {
            float var = Math.max(0, varI[i] - meanI[i] * meanI[i]);
            float cov = corrIp[i] - meanI[i] * meanP[i];
            float ai = cov / (var + eps);
            a[i] = ai;
            b[i] = meanP[i] - ai * meanI[i];
        }
        BoxBlur.blur(a, width, height, radius);
        BoxBlur.blur(b, width, height, radius);
        return new float[][]{a, b};
    }

    /** Filters {@code input} in place with {@code guide}'s edges (both width × height, row by row). */
    public static void smooth(float[] input, float[] guide, int width, int height, int radius, float eps) {
        float[][] ab = coefficients(input, guide, width, height, radius, eps);
        float[] a = ab[0], b = ab[1];
        for (int i = 0; i < input.length; i++) {
            input[i] = a[i] * guide[i] + b[i];
        }
    }

    /**
     * The image as its own guide: flat areas averaged, differences well above √ε kept; in place. With the guide the
     * input itself, its mean and its correlation with the guide are the guide's own: four box means instead of six.
     */
    public static void selfGuided(float[] channel, int width, int height, int radius, float eps) {
        int n = channel.length;
        float[] mean = channel.clone(), square = new float[n];
        for (int i = 0; i < n; i++) {
            square[i] = channel[i] * channel[i];
        }
        BoxBlur.blur(mean, width, height, radius);
        BoxBlur.blur(square, width, height, radius);
        float[] a = square, b = new float[n]; // reused
        for (int i = 0; i < n; i++) {
            float cov = square[i] - mean[i] * mean[i]; // the variance, as the two-plane filter computes both
            float ai = cov / (Math.max(0, cov) + eps);
            a[i] = ai;
            b[i] = mean[i] - ai * mean[i];
        }
        BoxBlur.blur(a, width, height, radius);
        BoxBlur.blur(b, width, height, radius);
        for (int i = 0; i < n; i++) {
            channel[i] = a[i] * channel[i] + b[i];
        }
    }
}
