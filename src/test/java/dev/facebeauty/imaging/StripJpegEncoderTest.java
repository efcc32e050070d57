package dev.facebeauty.imaging;

import dev.facebeauty.testing.TestImages;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A JPEG encoded in strips on several cores decodes to exactly the pixels of the same picture encoded in one go. */
class StripJpegEncoderTest {

    @Test
    void stripsJoinIntoTheSamePicture() throws IOException {
        for (int[] size : new int[][]{{1000, 700}, {1001, 703}, {640, 1200}}) {
            BufferedImage photo = TestImages.grainyPortrait(size[0], size[1], size[0]);
            byte[] whole = StripJpegEncoder.encode(photo, 0.9f, 1);
            byte[] strips = StripJpegEncoder.encode(photo, 0.9f, 4);
            assertTrue(markers(strips, 0xDD) == 1 && markers(whole, 0xDD) == 0,
                    "the joined file declares its restart interval; the single one has none");
            assertTrue(markers(strips, 0xD7) >= 3, "restart markers join the strips");
            BufferedImage a = ImageIO.read(new ByteArrayInputStream(whole));
            BufferedImage b = ImageIO.read(new ByteArrayInputStream(strips));
            assertEquals(size[0], b.getWidth());
            assertEquals(size[1], b.getHeight());
            assertArrayEquals(a.getRGB(0, 0, size[0], size[1], null, 0, size[0]),
                    b.getRGB(0, 0, size[0], size[1], null, 0, size[0]), "pixels of " + size[0] + " × " + size[1]);
            assertTrue(Math.abs(strips.length - whole.length) < whole.length / 100, "about the same size");
        }
    }

    /** The upload's own path: large pictures go through the strips, and the result is an ordinary JPEG. */
    @Test
    void largePicturesAreEncodedInStrips() throws IOException {
        BufferedImage photo = TestImages.grainyPortrait(2000, 1500, 5);
        byte[] jpeg = ImageEncoder.jpeg(photo, 0.88f);
        assertEquals(1, markers(jpeg, 0xDD), "restart interval declared: encoded in strips");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(2000, back.getWidth());
        assertEquals(1500, back.getHeight());
        int p = photo.getRGB(1000, 1400), q = back.getRGB(1000, 1400);
        assertTrue(Math.abs((p >> 8 & 255) - (q >> 8 & 255)) < 24, "the bottom strip holds the bottom of the picture");
    }

    /** How many times marker 0xFF {@code code} occurs (0xFF bytes in entropy data are always followed by 0x00). */
    private static int markers(byte[] jpeg, int code) {
        int n = 0;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == code) {
                n++;
            }
        }
        return n;
    }
}
