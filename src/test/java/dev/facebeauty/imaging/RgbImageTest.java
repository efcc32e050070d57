package dev.facebeauty.imaging;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RgbImageTest {

    /** The JPEG decoder's layout is read directly; every pixel must be what Java2D's own conversion gives. */
    @Test
    void aDecodersBgrPictureGivesTheSamePixelsAsJava2D() {
        Random random = new Random(3);
        BufferedImage bgr = new BufferedImage(301, 203, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < bgr.getHeight(); y++) {
            for (int x = 0; x < bgr.getWidth(); x++) {
                bgr.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        int[] expected = bgr.getRGB(0, 0, bgr.getWidth(), bgr.getHeight(), null, 0, bgr.getWidth());
        for (int i = 0; i < expected.length; i++) {
            expected[i] &= 0xFFFFFF;
        }
        assertArrayEquals(expected, RgbImage.of(bgr).pixels());
        // a part of a bigger picture (a sub-image shares the bytes, with an offset) reads its own pixels
        BufferedImage part = bgr.getSubimage(17, 11, 100, 50);
        RgbImage partPixels = RgbImage.of(part);
        assertEquals(100, partPixels.width());
        assertEquals(expected[11 * 301 + 17], partPixels.pixels()[0]);
        assertEquals(expected[(11 + 49) * 301 + 17 + 99], partPixels.pixels()[49 * 100 + 99]);
    }
}
