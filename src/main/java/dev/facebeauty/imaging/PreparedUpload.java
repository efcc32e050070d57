package dev.facebeauty.imaging;

import java.util.List;
import java.util.Optional;

/**
 * The bytes that will be sent, in a format the service takes, and what had to change to get there.
 *
 * @param bytes       JPEG or PNG within the service's limits
 * @param format      {@link ImageFormat#JPEG} or {@link ImageFormat#PNG}
 * @param width       pixel width of what is sent
 * @param height      pixel height of what is sent
 * @param adjustments one sentence per change made (resized, re-encoded, turned upright); empty when the original
 *                    file's bytes are sent untouched
 * @param pixels      these bytes' picture when the caller already has it decoded (the original sent as it is), so an
 *                    engine working in process does not decode it again
 */
public record PreparedUpload(byte[] bytes, ImageFormat format, int width, int height, List<String> adjustments,
                             Optional<java.awt.image.BufferedImage> pixels) {

    public PreparedUpload {
        adjustments = List.copyOf(adjustments);
        pixels = pixels == null ? Optional.empty() : pixels;
    }

    public PreparedUpload(byte[] bytes, ImageFormat format, int width, int height, List<String> adjustments) {
        this(bytes, format, width, height, adjustments, Optional.empty());
    }

    public boolean unchanged() {
        return adjustments.isEmpty();
    }

    public String fileName() {
        return "image." + format.extension();
    }
}
