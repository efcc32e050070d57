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
        columns(data, width, height, radius);
    }

    /** Columns this many at a time: each row's stretch of them is read in one go, so the cache is not thrashed. */
    private static final int BLOCK = 32;

    private static void columns(float[] data, int width, int height, int radius) {
        int blocks = (width + BLOCK - 1) / BLOCK;
        IntStream range = IntStream.range(0, blocks);
        if ((long) width * height > 1 << 16) {
            range = range.parallel();
        }
        range.forEach(block -> {
            int x0 = block * BLOCK, n = Math.min(BLOCK, width - x0);
            float[] copy = new float[n * height];
            for (int y = 0; y < height; y++) {
                System.arraycopy(data, y * width + x0, copy, y * n, n);
            }
            double[] sum = new double[n];
            int count = 0;
            for (int y = 0; y <= Math.min(radius, height - 1); y++) {
                for (int i = 0; i < n; i++) {
                    sum[i] += copy[y * n + i];
                }
                count++;
            }
            for (int y = 0; y < height; y++) {
                int row = y * width + x0;
                double scale = 1.0 / count;
                for (int i = 0; i < n; i++) {
                    data[row + i] = (float) (sum[i] * scale);
                }
                int add = y + radius + 1, drop = y - radius;
                if (add < height) {
                    for (int i = 0; i < n; i++) {
                        sum[i] += copy[add * n + i];
                    }
                    count++;
                }
                if (drop >= 0) {
                    for (int i = 0; i < n; i++) {
                        sum[i] -= copy[drop * n + i];
                    }
                    count--;
                }
            }
        });
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
        double full = 1.0 / (2 * radius + 1);
        for (int i = 0; i < length; i++) {
            // A multiplication where the window is whole (almost everywhere): a division per value costs more.
            data[start + i * step] = (float) (count == 2 * radius + 1 ? sum * full : sum / count);
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
