package dev.facebeauty.retouch;

import dev.facebeauty.imaging.RgbImage;

import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * A colour look-up table on an N × N × N grid of RGB, applied with trilinear interpolation. Built by sampling a colour
 * function once per grid point, so any look costs the same to apply: 8 table reads per pixel.
 */
final class Lut3d {

    final int size;
    private final float[] table; // (r, g, b) per grid point; index ((ri * size + gi) * size + bi) * 3

    private Lut3d(int size, float[] table) {
        this.size = size;
        this.table = table;
    }

    /** Samples {@code look} (RGB in 0–1 in, RGB out, clamped later) on the grid. */
    static Lut3d of(int size, UnaryOperator<double[]> look) {
        float[] table = new float[size * size * size * 3];
        for (int ri = 0; ri < size; ri++) {
            for (int gi = 0; gi < size; gi++) {
                for (int bi = 0; bi < size; bi++) {
                    double[] out = look.apply(new double[]{ri / (size - 1.0), gi / (size - 1.0), bi / (size - 1.0)});
                    int i = ((ri * size + gi) * size + bi) * 3;
                    for (int c = 0; c < 3; c++) {
                        table[i + c] = (float) Math.min(1, Math.max(0, out[c])) * 255f;
                    }
                }
            }
        }
        return new Lut3d(size, table);
    }

    /** Applies the table to every pixel, in place. */
    void apply(RgbImage image) {
        int[] base = new int[256];
        float[] frac = new float[256];
        for (int v = 0; v < 256; v++) {
            float pos = v * (size - 1) / 255f;
            base[v] = Math.min((int) pos, size - 2);
            frac[v] = pos - base[v];
        }
        int[] px = image.pixels();
        int s = size, s2 = size * size;
        IntStream.range(0, image.height()).parallel().forEach(y -> {
            int end = (y + 1) * image.width();
            for (int i = y * image.width(); i < end; i++) {
                int p = px[i];
                int r = p >> 16 & 255, g = p >> 8 & 255, b = p & 255;
                int r0 = base[r], g0 = base[g], b0 = base[b];
                float fr = frac[r], fg = frac[g], fb = frac[b];
                int i000 = (r0 * s2 + g0 * s + b0) * 3;
                int dr = s2 * 3, dg = s * 3, db = 3;
                int out = 0;
                for (int c = 0; c < 3; c++) {
                    float c00 = lerp(table[i000 + c], table[i000 + db + c], fb);
                    float c01 = lerp(table[i000 + dg + c], table[i000 + dg + db + c], fb);
                    float c10 = lerp(table[i000 + dr + c], table[i000 + dr + db + c], fb);
                    float c11 = lerp(table[i000 + dr + dg + c], table[i000 + dr + dg + db + c], fb);
                    float v = lerp(lerp(c00, c01, fg), lerp(c10, c11, fg), fr);
                    out = out << 8 | Math.round(v);
                }
                px[i] = out;
            }
        });
    }

    private static float lerp(float a, float b, float t) {
        return a + (b - a) * t;
    }
}
