package dev.facebeauty.imaging;

import java.awt.image.BufferedImage;

/**
 * A photo read from disk: its upright pixels, the original bytes and format, and the EXIF orientation that was
 * applied (1 when none).
 */
public record DecodedImage(BufferedImage image, byte[] originalBytes, ImageFormat format, int exifOrientation) {

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }
}
