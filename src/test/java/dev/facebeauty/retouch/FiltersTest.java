package dev.facebeauty.retouch;

import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.model.FilterType;
import org.junit.jupiter.api.Test;

import java.awt.Rectangle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 35 looks, on a chart of colours and greys (no fixture needed). */
class FiltersTest {

    /** Every 8th level of R, G and B in a 32 × 32 × 32 grid laid out as 256 × 128 pixels. */
    private static RgbImage chart() {
        int[] pixels = new int[256 * 128];
        int i = 0;
        for (int r = 0; r < 32; r++) {
            for (int g = 0; g < 32; g++) {
                for (int b = 0; b < 32; b++) {
                    pixels[i++] = (r * 8 + 4) << 16 | (g * 8 + 4) << 8 | (b * 8 + 4);
                }
            }
        }
        return new RgbImage(256, 128, pixels);
    }

    private static RgbImage filtered(FilterType f) {
        RgbImage image = chart();
        Filters.table(f).apply(image);
        return image;
    }

    @Test
    void theThirtyFiveLooksArePairwiseDistinct() {
        FilterType[] all = FilterType.values();
        RgbImage[] out = new RgbImage[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = filtered(all[i]);
            assertTrue(RetoucherTest.difference(chart(), out[i], new Rectangle(0, 0, 256, 128)) > 2,
                    all[i] + " barely changes the colours");
        }
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                double d = RetoucherTest.difference(out[i], out[j], new Rectangle(0, 0, 256, 128));
                assertTrue(d > 2, all[i] + " and " + all[j] + " differ by only " + d + " levels on average");
            }
        }
    }

    @Test
    void monochromeLooksAreGreyOrToned() {
        RgbImage bw = filtered(FilterType.BLACK_AND_WHITE);
        for (int p : bw.pixels()) {
            assertEquals(p >> 16 & 255, p & 255, 1, "black and white has no colour");
        }
        RgbImage sepia = filtered(FilterType.CHAPLIN);
        long warm = java.util.Arrays.stream(sepia.pixels()).filter(p -> (p >> 16 & 255) > (p & 255)).count();
        assertTrue(warm > sepia.pixels().length * 0.9, "sepia is warm");
    }

    @Test
    void theTableReproducesItsLookAtAndBetweenGridPoints() {
        Look warm = Filters.look(FilterType.WARM);
        RgbImage image = new RgbImage(2, 1, new int[]{0x808080, 0x3C7FB4});
        Filters.table(FilterType.WARM).apply(image);
        for (int k = 0; k < 2; k++) {
            int in = k == 0 ? 0x808080 : 0x3C7FB4;
            double[] expected = warm.apply(new double[]{(in >> 16 & 255) / 255.0, (in >> 8 & 255) / 255.0, (in & 255) / 255.0});
            int out = image.pixels()[k];
            assertEquals(Math.min(255, expected[0] * 255), out >> 16 & 255, 2.5);
            assertEquals(Math.min(255, expected[2] * 255), out & 255, 2.5);
        }
    }
}
