package dev.facebeauty.imaging.rebuild;

import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.testing.TestProfiles;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 16-bit profiled pictures in 8-bit sRGB by their own curves and primaries agree with Java2D's colour management. */
class SrgbPixelsTest {

    @Test
    void sixteenBitAdobeRgbComesOutAsJava2dConvertsIt() {
        BufferedImage sixteen = TestProfiles.sixteenBit(64, 48, TestProfiles.adobeRgb());
        WritableRaster raster = sixteen.getRaster();
        Random random = new Random(3);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                // a saturated corner, mid tones and near-black, where the curves differ most
                int[] rgb = x < 8 && y < 8 ? new int[]{65535, 0, 0}
                        : new int[]{random.nextInt(65536), random.nextInt(65536), random.nextInt(4096)};
                raster.setPixel(x, y, rgb);
            }
        }
        RgbImage ours = RgbImage.of(sixteen);
        BufferedImage java2d = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = java2d.createGraphics();
        g.drawImage(sixteen, 0, 0, Color.WHITE, null);
        g.dispose();
        int worst = 0;
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                int a = ours.get(x, y), b = java2d.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs((a >> shift & 255) - (b >> shift & 255)));
                }
            }
        }
        assertTrue(worst <= 3, "largest difference from Java2D: " + worst + " levels");
        assertEquals(255, ours.get(0, 0) >> 16 & 255, "Adobe RGB's pure red is beyond sRGB: clipped to full red");
    }
}
