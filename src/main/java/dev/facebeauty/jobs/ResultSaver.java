package dev.facebeauty.jobs;

import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.imaging.MetadataTransfer;
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
        if (lower.endsWith(".tif") || lower.endsWith(".tiff")) {
            return ImageFormat.TIFF;
        }
        return fallback;
    }

    public static void save(byte[] result, ImageFormat resultFormat, Path target, ImageFormat targetFormat,
                            float jpegQuality) throws IOException, UnusableImageException {
        save(result, resultFormat, target, targetFormat, jpegQuality, Provenance.NONE);
    }

    /**
     * What a saved result may carry from its original: the original file's bytes, how much of its metadata, and
     * whether the result's pixels are still in the original's colour space (then its ICC profile applies).
     */
    public record Provenance(byte[] originalBytes, MetadataPolicy policy, boolean sameColourSpace) {
        public static final Provenance NONE = new Provenance(new byte[0], MetadataPolicy.NONE, false);
    }

    /** Writes the result (converted when another format is asked for) with the original's metadata as allowed. */
    public static void save(byte[] result, ImageFormat resultFormat, Path target, ImageFormat targetFormat,
                            float jpegQuality, Provenance provenance) throws IOException, UnusableImageException {
        byte[] bytes = result;
        java.awt.image.BufferedImage pixels = new ImageDecoder().decode(result).image();
        boolean tiffOriginal = ImageFormat.sniff(provenance.originalBytes()).filter(f -> f == ImageFormat.TIFF).isPresent();
        if (targetFormat == ImageFormat.TIFF) {
            // A TIFF carries its tags inside: the result's own when they came from the original in full, else written anew.
            if (!(resultFormat == ImageFormat.TIFF && tiffOriginal && provenance.policy() == MetadataPolicy.FULL)) {
                bytes = dev.facebeauty.imaging.TiffFiles.write(pixels, tiffOriginal ? java.util.Optional.of(
                        provenance.originalBytes()) : java.util.Optional.empty(), provenance.policy());
            }
            AtomicFiles.write(target, bytes);
            return;
        }
        if (targetFormat != resultFormat) {
            bytes = ImageEncoder.encodeKeeping(pixels, targetFormat, jpegQuality, java.util.Optional.empty(), provenance.policy());
        }
        bytes = MetadataTransfer.apply(bytes, provenance.originalBytes(), provenance.policy(),
                provenance.sameColourSpace(), pixels.getWidth(), pixels.getHeight());
        AtomicFiles.write(target, bytes);
    }
}
