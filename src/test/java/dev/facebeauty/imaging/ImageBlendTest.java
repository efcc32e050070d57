package dev.facebeauty.imaging;

import dev.facebeauty.testing.TestProfiles;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Amount on a full-fidelity result: 16-bit samples in the original's profile are mixed as they are, not via 8 bits. */
class ImageBlendTest {

    @Test
    void sixteenBitProfiledPicturesAreMixedSampleBySample() {
        var profile = TestProfiles.adobeRgb();
        BufferedImage original = TestProfiles.sixteenBit(40, 30, profile), result = TestProfiles.sixteenBit(40, 30, profile);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                original.getRaster().setPixel(x, y, new int[]{10001, 20003, 30005});
                result.getRaster().setPixel(x, y, new int[]{10101, 20303, 30505});
            }
        }

        BufferedImage half = ImageBlend.mix(original, result, 0.5);

        assertArrayEquals(new int[]{16, 16, 16}, half.getColorModel().getComponentSize());
        assertTrue(ColourProfiles.profileOf(half).isPresent());
        assertArrayEquals(new int[]{10051, 20153, 30255}, half.getRaster().getPixel(7, 9, (int[]) null),
                "halfway in 16-bit steps (8-bit mixing could only land on multiples of 257)");
        assertEquals(40, half.getWidth());
    }
}
