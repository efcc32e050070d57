package dev.facebeauty.imaging;

import java.util.stream.IntStream;

/**
 * Box means of a float plane with running sums: the cost does not depend on the radius. Near the border the mean is
 * over the pixels that exist (no padding, no darkened edges).
 *
 * <p>One pass over the plane, in bands of rows spread over the cores: each row's horizontal means are made once, kept
 * in a ring of the last 2·radius + 1, and a running sum down the columns turns them into the square's means. Rows then
 * columns as two passes read and wrote the whole plane twice more, and at camera sizes a blur waits on memory, not on
 * arithmetic. A band's rows next to other bands are read before any band writes.
 */
public final class BoxBlur {

    private BoxBlur() {
    }

    /** In place: every value becomes the mean of the (2·radius + 1)² square around it. */
    public static void blur(float[] data, int width, int height, int radius) {
        if (radius <= 0) {
            return;
        }
        int bands = (long) width * height > 1 << 16 ? Math.clamp(height / (4 * radius + 1), 1, BANDS) : 1;
        int[] starts = new int[bands + 1];
        for (int b = 0; b <= bands; b++) {
            starts[b] = (int) ((long) height * b / bands);
        }
        // The rows each band reads from its neighbours, blurred across before anyone writes.
        float[][][] borders = new float[bands][][];
        range(bands).forEach(b -> {
            int from = Math.max(0, starts[b] - radius), to = Math.min(height, starts[b + 1] + radius + 1);
            float[][] rows = new float[to - from][];
            for (int y = from; y < to; y++) {
                if (y < starts[b] || y >= starts[b + 1]) {
                    rows[y - from] = new float[width];
                    blurRow(data, y * width, width, radius, rows[y - from]);
                }
            }
            borders[b] = rows;
        });
        range(bands).forEach(b -> blurBand(data, width, height, radius, starts[b], starts[b + 1],
                borders[b], Math.max(0, starts[b] - radius)));
    }

    /** In place, three box blurs of {@code radius}: close to a Gaussian, at a cost independent of the radius. */
    public static void smooth(float[] data, int width, int height, int radius) {
        for (int pass = 0; pass < 3; pass++) {
            blur(data, width, height, radius);
        }
    }

    /** Bands per plane: a few per core, so that a core slowed by other work does not hold the rest up long. */
    private static final int BANDS = 4 * Runtime.getRuntime().availableProcessors();

    private static IntStream range(int bands) {
        return bands > 1 ? IntStream.range(0, bands).parallel() : IntStream.range(0, bands);
    }

    /**
     * Writes rows {@code from} … {@code to} − 1. Their own rows are read from {@code data} just before they are needed
     * (only this band writes them, and always rows above the ones still to read); rows of other bands come from
     * {@code border}, whose first row is row {@code borderStart}.
     */
    private static void blurBand(float[] data, int width, int height, int radius, int from, int to,
                                 float[][] border, int borderStart) {
        int span = 2 * radius + 1;
        float[][] ring = new float[span][];
        double[] sum = new double[width];
        int count = 0;
        for (int y = Math.max(0, from - radius); y <= Math.min(height - 1, from + radius); y++) {
            add(sum, ring, span, y, rowMeans(data, width, radius, y, from, to, border, borderStart, ring[y % span]));
            count++;
        }
        for (int y = from; y < to; y++) {
            double scale = 1.0 / count;
            int row = y * width;
            for (int x = 0; x < width; x++) {
                data[row + x] = (float) (sum[x] * scale);
            }
            int drop = y - radius, next = y + radius + 1;
            float[] reuse = null;
            if (drop >= 0) {
                reuse = ring[drop % span];
                for (int x = 0; x < width; x++) {
                    sum[x] -= reuse[x];
                }
                count--;
            }
            if (next < height) {
                add(sum, ring, span, next, rowMeans(data, width, radius, next, from, to, border, borderStart, reuse));
                count++;
            }
        }
    }

    private static void add(double[] sum, float[][] ring, int span, int y, float[] means) {
        ring[y % span] = means;
        for (int x = 0; x < sum.length; x++) {
            sum[x] += means[x];
        }
    }

    /**
     * Row {@code y}'s horizontal means: from the border rows when another band owns it, else made into {@code reuse}
     * (the row just dropped from the ring, all the band's own), or a new row when there is none.
     */
    private static float[] rowMeans(float[] data, int width, int radius, int y, int from, int to, float[][] border,
                                    int borderStart, float[] reuse) {
        if (y < from || y >= to) {
            return border[y - borderStart];
        }
        float[] out = reuse != null ? reuse : new float[width];
        blurRow(data, y * width, width, radius, out);
        return out;
    }

    /** The means along one row of {@code data} (starting at {@code start}) into {@code out}. */
    private static void blurRow(float[] data, int start, int length, int radius, float[] out) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i <= Math.min(radius, length - 1); i++) {
            sum += data[start + i];
            count++;
        }
        double full = 1.0 / (2 * radius + 1);
        for (int i = 0; i < length; i++) {
            // A multiplication where the window is whole (almost everywhere): a division per value costs more.
            out[i] = (float) (count == 2 * radius + 1 ? sum * full : sum / count);
            int add = i + radius + 1, drop = i - radius;
            if (add < length) {
                sum += data[start + add];
                count++;
            }
            if (drop >= 0) {
                sum -= data[start + drop];
                count--;
            }
        }
    }
}
