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

    /**
     * A wide window works on a subsampled copy (the fast guided filter): on a camera-sized scale of the same scene (an
     * edge and noise) it keeps the edge and smooths the noise as the filter at full size does, within a level or two.
     */
    @Test
    void aWideWindowOnTheSubsampledCopyMatchesTheFilterAtFullSize() {
        Random random = new Random(8);
        int w = 400, h = 280, radius = 32;
        float[] image = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image[y * w + x] = (x < 200 ? 60 : 190) + (float) random.nextGaussian() * 6;
            }
        }
        assertEquals(4, Subsampled.factorFor(radius), "this radius takes the subsampled path");
        float[] coarse = image.clone();
        GuidedFilter.selfGuided(coarse, w, h, radius, 100);
        float[][] ab = GuidedFilter.coefficients(image, image, w, h, radius, 100); // at full size, by definition
        double worst = 0, total = 0;
        for (int i = 0; i < image.length; i++) {
            double full = ab[0][i] * image[i] + ab[1][i], d = Math.abs(full - coarse[i]);
            worst = Math.max(worst, d);
            total += d;
        }
        assertTrue(total / image.length < 1, "mean difference " + total / image.length);
        assertTrue(worst < 12, "largest difference " + worst);
        assertTrue(spreadOver(coarse, w, 20, 180, 40, 240) < spreadOver(image, w, 20, 180, 40, 240) / 2, "noise smoothed");
        assertTrue(coarse[140 * w + 203] - coarse[140 * w + 196] > 100, "the edge stays sharp");
    }

    private static double spread(float[] plane, int w, int x0, int x1) {
        return spreadOver(plane, w, x0, x1, 10, 60);
    }

    private static double spreadOver(float[] plane, int w, int x0, int x1, int y0, int y1) {
        double sum = 0, sq = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += plane[y * w + x];
                sq += plane[y * w + x] * plane[y * w + x];
                n++;
            }
        }
        return Math.sqrt(sq / n - (sum / n) * (sum / n));
    }
}
