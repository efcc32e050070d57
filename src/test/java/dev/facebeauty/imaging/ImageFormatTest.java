package dev.facebeauty.imaging;

import dev.facebeauty.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageFormatTest {

    @Test
    void recognisesFormatsFromTheirBytesNotTheirNames() {
        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(TestImages.jpeg(TestImages.portrait(60, 60))).orElseThrow());
        assertEquals(ImageFormat.PNG, ImageFormat.sniff(TestImages.png(TestImages.portrait(60, 60))).orElseThrow());
        assertEquals(ImageFormat.WEBP, ImageFormat.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes()).orElseThrow());
        assertTrue(ImageFormat.sniff("hello".getBytes()).isEmpty());
        assertTrue(ImageFormat.sniff(new byte[0]).isEmpty());
    }
}
