package dev.facebeauty.jobs;

import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.UnusableImageException;
import dev.facebeauty.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a result where the user asked: the downloaded bytes unchanged when the format matches, otherwise
 * converted. Writes atomically, so an interrupted save never leaves half a file.
 */
public final class ResultSaver {

    public static final float DEFAULT_JPEG_QUALITY = 0.95f;

    private ResultSaver() {
    }

    /** The format implied by a file name's extension, or {@code fallback} when it has none we write. */
    public static ImageFormat formatForName(String fileName, ImageFormat fallback) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".png")) {
            return ImageFormat.PNG;
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return ImageFormat.JPEG;
        }
        return fallback;
    }

    public static void save(byte[] result, ImageFormat resultFormat, Path target, ImageFormat targetFormat,
                            float jpegQuality) throws IOException, UnusableImageException {
        byte[] bytes = result;
        if (targetFormat != resultFormat) {
            bytes = ImageEncoder.encode(new ImageDecoder().decode(result).image(), targetFormat, jpegQuality);
        }
        AtomicFiles.write(target, bytes);
    }
}
