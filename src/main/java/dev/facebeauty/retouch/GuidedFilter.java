package dev.facebeauty.retouch;

import dev.facebeauty.imaging.BoxBlur;

/**
 * The guided filter (He, Sun and Tang, "Guided Image Filtering", ECCV 2010): an edge-preserving smoothing whose output
 * is, in every window, a linear function of a guide image, so it keeps the guide's edges. Box means by running sums:
 * the cost does not grow with the radius.
 */
final class GuidedFilter {

    private GuidedFilter() {
    }

    /** Filters {@code input} in place with {@code guide}'s edges (both width × height, row by row). */
    static void smooth(float[] input, float[] guide, int width, int height, int radius, float eps) {
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
        for (int i = 0; i < n; i++) {
            input[i] = a[i] * guide[i] + b[i];
        }
    }

    /** The image as its own guide: flat areas averaged, differences well above √ε kept; in place. */
    static void selfGuided(float[] channel, int width, int height, int radius, float eps) {
        smooth(channel, channel.clone(), width, height, radius, eps);
    }
}
