package dev.facebeauty.imaging;

import java.util.stream.IntStream;

/**
 * Box means of a float plane with running sums: the cost does not depend on the radius. Rows, then columns, each
 * spread over the cores. Near the border the mean is over the pixels that exist (no padding, no darkened edges).
 */
public final class BoxBlur {

    private BoxBlur() {
    }

    /** In place: every value becomes the mean of the (2·radius + 1)² square around it. */
    public static void blur(float[] data, int width, int height, int radius) {
        if (radius <= 0) {
            return;
        }
        lines(data, height, width, 1, width, radius);
        lines(data, width, 1, width, height, radius);
    }

    /** In place, three box blurs of {@code radius}: close to a Gaussian, at a cost independent of the radius. */
    public static void smooth(float[] data, int width, int height, int radius) {
        for (int pass = 0; pass < 3; pass++) {
            blur(data, width, height, radius);
        }
    }

    private static void lines(float[] data, int count, int lineStep, int step, int length, int radius) {
        // Small planes in one go: handing a few hundred short lines to other threads costs more than it saves.
        IntStream lines = IntStream.range(0, count);
        if ((long) count * length > 1 << 16) {
            lines = lines.parallel();
        }
        lines.forEach(new java.util.function.IntConsumer() {
            private final ThreadLocal<float[]> buffer = ThreadLocal.withInitial(() -> new float[length]);

            @Override
            public void accept(int line) {
                blurLine(data, line * lineStep, step, length, radius, buffer.get());
            }
        });
    }

    private static void blurLine(float[] data, int start, int step, int length, int radius, float[] line) {
        for (int i = 0; i < length; i++) {
            line[i] = data[start + i * step];
        }
        double sum = 0;
        int count = 0;
        for (int i = 0; i <= Math.min(radius, length - 1); i++) {
            sum += line[i];
            count++;
        }
        for (int i = 0; i < length; i++) {
            data[start + i * step] = (float) (sum / count);
            int add = i + radius + 1, drop = i - radius;
            if (add < length) {
                sum += line[add];
                count++;
            }
            if (drop >= 0) {
                sum -= line[drop];
                count--;
            }
        }
    }
}
