package dev.facebeauty.face;

import java.util.Arrays;

/**
 * A float tensor of one image in NHWC order with the batch of 1 left out: {@code data[(y * width + x) * channels + c]}.
 * Vectors and matrices (model outputs) use height 1.
 */
public record Tensor(int height, int width, int channels, float[] data) {

    public Tensor {
        if (data.length != height * width * channels) {
            throw new IllegalArgumentException("data of " + data.length + " for " + height + "x" + width + "x" + channels);
        }
    }

    public static Tensor zeros(int height, int width, int channels) {
        return new Tensor(height, width, channels, new float[height * width * channels]);
    }

    public int size() {
        return data.length;
    }

    @Override
    public String toString() {
        return "Tensor[" + height + "x" + width + "x" + channels + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && t.height == height && t.width == width && t.channels == channels
                && Arrays.equals(t.data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }
}
