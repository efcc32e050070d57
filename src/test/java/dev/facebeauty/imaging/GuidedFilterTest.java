package dev.facebeauty.imaging;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuidedFilterTest {

    /** The self-guided shortcut (four box means) gives what the general filter gives with the image as its guide. */
    @Test
    void selfGuidedIsTheGeneralFilterWithItselfAsGuide() {
        Random random = new Random(5);
        int w = 90, h = 70;
        float[] image = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image[y * w + x] = (x < 45 ? 60 : 190) + (float) random.nextGaussian() * 6; // an edge and some noise
            }
        }
        float[] general = image.clone();
        GuidedFilter.smooth(general, image.clone(), w, h, 4, 100);
        float[] self = image.clone();
        GuidedFilter.selfGuided(self, w, h, 4, 100);
        assertArrayEquals(general, self, 1e-3f);
        // and it does what it is for: the noise is smoothed, the edge kept
        assertTrue(spread(self, w, 5, 30) < spread(image, w, 5, 30) / 2, "noise on the flat side smoothed");
        assertEquals(125, (self[35 * w + 40] + self[35 * w + 49]) / 2, 10);
        assertTrue(self[35 * w + 49] - self[35 * w + 40] > 100, "the edge stays sharp");
    }

    private static double spread(float[] plane, int w, int x0, int x1) {
        double sum = 0, sq = 0;
        int n = 0;
        for (int y = 10; y < 60; y++) {
            for (int x = x0; x < x1; x++) {
                sum += plane[y * w + x];
                sq += plane[y * w + x] * plane[y * w + x];
                n++;
            }
        }
        return Math.sqrt(sq / n - (sum / n) * (sum / n));
    }
}
