package dev.facebeauty.imaging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrientationTest {

    /** A 3 x 2 image whose pixels are numbered 1..6, row by row. */
    private static BufferedImage numbered() {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        int n = 1;
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                img.setRGB(x, y, n++);
            }
        }
        return img;
    }

    private static String rows(BufferedImage img) {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < img.getHeight(); y++) {
            if (y > 0) {
                sb.append('/');
            }
            for (int x = 0; x < img.getWidth(); x++) {
                sb.append(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "orientation {0} shows {1}")
    @CsvSource({
            "1, 123/456",
            "2, 321/654",     // mirrored left-right
            "3, 654/321",     // turned 180
            "4, 456/123",     // mirrored top-bottom
            "5, 14/25/36",    // transposed
            "6, 41/52/63",    // turned 90 clockwise
            "7, 63/52/41",    // transverse
            "8, 36/25/14"})   // turned 90 anticlockwise
    void turnsPixelsAsTheExifValueDefines(int orientation, String expected) {
        assertEquals(expected, rows(Orientation.apply(numbered(), orientation)));
    }
}
