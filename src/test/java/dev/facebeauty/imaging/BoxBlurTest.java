package dev.facebeauty.imaging;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Box means against their definition: the mean of the values in the square around each pixel that lie inside. */
class BoxBlurTest {

    @Test
    void everyValueIsTheMeanOfItsSquareWithinThePlane() {
        Random random = new Random(11);
        // small planes, planes large enough to be split into bands (whose rows next to other bands are read before
        // any band writes), a radius almost as tall as a band, radii past the plane
        for (int[] c : new int[][]{{7, 5, 1}, {40, 33, 2}, {65, 31, 4}, {300, 260, 7}, {400, 180, 20}, {257, 700, 3},
                {12, 9, 20}, {1, 50, 3}}) {
            int w = c[0], h = c[1], r = c[2];
            float[] data = new float[w * h];
            for (int i = 0; i < data.length; i++) {
                data[i] = random.nextFloat() * 255;
            }
            float[] blurred = data.clone();
            BoxBlur.blur(blurred, w, h, r);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double sum = 0;
                    int n = 0;
                    for (int yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++) {
                        for (int xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) {
                            sum += data[yy * w + xx];
                            n++;
                        }
                    }
                    assertEquals(sum / n, blurred[y * w + x], 1e-3, "at " + x + ", " + y + " of " + w + " × " + h + ", radius " + r);
                }
            }
        }
    }

    /** By hand: a single bright pixel spreads evenly over its 3 × 3 square; at the corner only 4 pixels share. */
    @Test
    void aPointSpreadsOverItsSquare() {
        float[] plane = new float[5 * 5];
        plane[2 * 5 + 2] = 9;
        BoxBlur.blur(plane, 5, 5, 1);
        assertArrayEquals(new float[]{
                0, 0, 0, 0, 0,
                0, 1, 1, 1, 0,
                0, 1, 1, 1, 0,
                0, 1, 1, 1, 0,
                0, 0, 0, 0, 0}, plane, 1e-6f);
        float[] corner = new float[3 * 3];
        corner[0] = 8;
        BoxBlur.blur(corner, 3, 3, 1);
        assertEquals(2, corner[0], 1e-6, "the corner's square holds 4 pixels");
        assertEquals(8 / 6.0, corner[1], 1e-6, "the edge's holds 6");
        assertEquals(8 / 9.0, corner[4], 1e-6, "the middle's holds 9");
    }
}
