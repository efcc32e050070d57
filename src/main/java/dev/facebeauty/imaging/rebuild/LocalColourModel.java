package dev.facebeauty.imaging.rebuild;

import dev.facebeauty.imaging.GuidedFilter;

import java.util.stream.IntStream;

/**
 * What a retouch did to one colour channel, as a function that can be applied to another picture of the same scene:
 * in every small window the result is modelled as {@code a·input + b} (the guided filter's local linear model, He, Sun
 * and Tang 2010, used for upsampling as in their Fast Guided Filter, 2015), plus what that model leaves over. {@code a}
 * is the share of the input's local detail that survived: 1 where only tone or colour changed (whitening, a look), near
 * 0 where detail was removed on purpose (smoothing, brow removal); {@code b} carries the tone. Applied to the full-size
 * original, {@code a} scales the detail the upload could not carry by what the retouch kept of the detail it saw.
 */
final class LocalColourModel {

    /** Window radius, in pixels of the service's result. */
    static final int RADIUS = 2;
    /** Regularisation: variation below about half a level (of 255) counts as flat. */
    private static final float EPSILON = 4e-6f;
    /** What is left over below this (about 1.5 levels of 255) is the service's compression noise, not a change. */
    private static final float NOISE = 1.5f / 255;

    /** The share of the input's local detail kept. */
    final float[] a;
    /** The rest: {@code b} plus what the local model leaves over (both enter the result added, so they are stored so). */
    final float[] offset;

    private LocalColourModel(float[] a, float[] offset) {
        this.a = a;
        this.offset = offset;
    }

    /** The model taking {@code input} to {@code output}, both one channel of the same size on 0–1. */
    static LocalColourModel fit(float[] input, float[] output, int width, int height) {
        float[][] ab = GuidedFilter.coefficients(output, input, width, height, RADIUS, EPSILON);
        float[] a = ab[0], b = ab[1];
        IntStream.range(0, input.length).parallel().forEach(i -> {
            float left = output[i] - (a[i] * input[i] + b[i]);
            float magnitude = Math.abs(left) - NOISE;
            b[i] += magnitude <= 0 ? 0 : Math.copySign(magnitude, left);
        });
        return new LocalColourModel(a, b);
    }
}
