package dev.facebeauty.retouch;

import dev.facebeauty.imaging.RgbImage;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The look-up table against the colour functions it samples. */
class Lut3dTest {

    @Test
    void theIdentityLeavesEveryColourAsItWas() {
        RgbImage image = randomImage(1);
        int[] before = image.pixels().clone();
        Lut3d.of(33, rgb -> rgb).apply(image);
        assertArrayEquals(before, image.pixels());
    }

    /**
     * Between grid points the table interpolates linearly, so a colour function that is itself linear (a colour matrix
     * with an offset, as a channel mixer is) comes out exactly, within the last rounding, for every colour.
     */
    @Test
    void aLinearColourFunctionIsReproducedEverywhere() {
        RgbImage image = randomImage(2);
        int[] before = image.pixels().clone();
        Lut3d.of(17, c -> new double[]{0.6 * c[0] + 0.3 * c[1] + 0.05, 0.2 * c[0] + 0.7 * c[1] + 0.1 * c[2],
                0.1 * c[1] + 0.8 * c[2] + 0.08}).apply(image);
        for (int i = 0; i < before.length; i++) {
            double r = (before[i] >> 16 & 255) / 255.0, g = (before[i] >> 8 & 255) / 255.0, b = (before[i] & 255) / 255.0;
            int[] expected = {level(0.6 * r + 0.3 * g + 0.05), level(0.2 * r + 0.7 * g + 0.1 * b), level(0.1 * g + 0.8 * b + 0.08)};
            int p = image.pixels()[i];
            int[] got = {p >> 16 & 255, p >> 8 & 255, p & 255};
            for (int c = 0; c < 3; c++) {
                assertTrue(Math.abs(expected[c] - got[c]) <= 1, "colour " + Integer.toHexString(before[i]) + " channel " + c
                        + ": " + got[c] + " for " + expected[c]);
            }
        }
    }

    private static int level(double v) {
        return (int) Math.round(Math.min(1, Math.max(0, v)) * 255);
    }

    private static RgbImage randomImage(long seed) {
        Random random = new Random(seed);
        int[] pixels = new int[64 * 64];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt(1 << 24);
        }
        pixels[0] = 0;
        pixels[1] = 0xFFFFFF;
        pixels[2] = 0x808080;
        return new RgbImage(64, 64, pixels);
    }
}
