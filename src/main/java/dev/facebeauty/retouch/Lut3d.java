package dev.facebeauty.retouch;

import dev.facebeauty.imaging.RgbImage;

import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * A colour look-up table on an N × N × N grid of RGB, applied with tetrahedral interpolation. Built by sampling a colour
 * function once per grid point, so any look costs the same to apply: 4 grid points per pixel (tetrahedral).
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
        int dr = s2 * 3, dg = s * 3, db = 3;
        float[] t = table;
        IntStream.range(0, image.height()).parallel().forEach(y -> {
            int end = (y + 1) * image.width();
            for (int i = y * image.width(); i < end; i++) {
                int p = px[i];
                int r = p >> 16 & 255, g = p >> 8 & 255, b = p & 255;
                float fr = frac[r], fg = frac[g], fb = frac[b];
                int c000 = (base[r] * s2 + base[g] * s + base[b]) * 3, c111 = c000 + dr + dg + db;
                // Tetrahedral interpolation: the cube is cut into six tetrahedra along its grey diagonal, and the
                // colour is mixed from the four corners of the one it falls in (12 table reads, not trilinear's 24;
                // it also keeps greys on the diagonal exactly where the look puts them).
                int first, second;
                float w0, w1, w2, w3;
                if (fr >= fg) {
                    if (fg >= fb) {
                        first = c000 + dr; second = first + dg; w1 = fr - fg; w2 = fg - fb; w3 = fb;
                    } else if (fr >= fb) {
                        first = c000 + dr; second = first + db; w1 = fr - fb; w2 = fb - fg; w3 = fg;
                    } else {
                        first = c000 + db; second = first + dr; w1 = fb - fr; w2 = fr - fg; w3 = fg;
                    }
                } else if (fb >= fg) {
                    first = c000 + db; second = first + dg; w1 = fb - fg; w2 = fg - fr; w3 = fr;
                } else if (fb >= fr) {
                    first = c000 + dg; second = first + db; w1 = fg - fb; w2 = fb - fr; w3 = fr;
                } else {
                    first = c000 + dg; second = first + dr; w1 = fg - fr; w2 = fr - fb; w3 = fb;
                }
                w0 = 1 - w1 - w2 - w3;
                int out = 0;
                for (int c = 0; c < 3; c++) {
                    float v = w0 * t[c000 + c] + w1 * t[first + c] + w2 * t[second + c] + w3 * t[c111 + c];
                    out = out << 8 | (int) (v + 0.5f); // v is within 0–255: no need for Math.round's general case
                }
                px[i] = out;
            }
        });
    }
}
