package dev.facebeauty.imaging;

import java.util.List;

/**
 * The bytes that will be sent, in a format the service takes, and what had to change to get there.
 *
 * @param bytes       JPEG or PNG within the service's limits
 * @param format      {@link ImageFormat#JPEG} or {@link ImageFormat#PNG}
 * @param width       pixel width of what is sent
 * @param height      pixel height of what is sent
 * @param adjustments one sentence per change made (resized, re-encoded, turned upright); empty when the original
 *                    file's bytes are sent untouched
 */
public record PreparedUpload(byte[] bytes, ImageFormat format, int width, int height, List<String> adjustments) {

    public PreparedUpload {
        adjustments = List.copyOf(adjustments);
    }

    public boolean unchanged() {
        return adjustments.isEmpty();
    }

    public String fileName() {
        return "image." + format.extension();
    }
}
