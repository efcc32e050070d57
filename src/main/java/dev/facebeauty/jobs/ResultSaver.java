package dev.facebeauty.jobs;

import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.MetadataTransfer;
import dev.facebeauty.imaging.UnusableImageException;
import dev.facebeauty.io.AtomicFiles;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.model.ServiceTerms;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a result where the user asked: the downloaded bytes unchanged when the format matches, otherwise
 * converted. Writes atomically, so an interrupted save never leaves half a file.
 */
public final class ResultSaver {

    public static final float DEFAULT_JPEG_QUALITY = ServiceTerms.DEFAULT_JPEG_QUALITY / 100f;

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

    /**
     * Writes the result (converted when another format is asked for) with the original's metadata as allowed. The
     * pixels are decoded only for a conversion; otherwise the header gives the size the metadata needs.
     */
    public static void save(byte[] result, ImageFormat resultFormat, Path target, ImageFormat targetFormat,
                            float jpegQuality, Provenance provenance) throws IOException, UnusableImageException {
        boolean tiffOriginal = isTiff(provenance.originalBytes());
        boolean asIs = targetFormat == resultFormat && (targetFormat != ImageFormat.TIFF
                || tiffOriginal && provenance.policy() == MetadataPolicy.FULL);
        if (!asIs) {
            save(new ImageDecoder().decode(result).image(), targetFormat, target, jpegQuality, provenance);
            return;
        }
        byte[] bytes = result;
        if (targetFormat != ImageFormat.TIFF) {
            java.awt.Dimension size = new ImageDecoder().size(result);
            bytes = MetadataTransfer.apply(bytes, provenance.originalBytes(), provenance.policy(),
                    provenance.sameColourSpace(), size.width, size.height);
        }
        AtomicFiles.write(target, bytes);
    }

    /** Writes pixels (a blend, a conversion) in {@code targetFormat}, encoded once, with the metadata as allowed. */
    public static void save(java.awt.image.BufferedImage pixels, ImageFormat targetFormat, Path target, float jpegQuality,
                            Provenance provenance) throws IOException {
        java.util.Optional<byte[]> tiffOriginal = isTiff(provenance.originalBytes())
                ? java.util.Optional.of(provenance.originalBytes()) : java.util.Optional.empty();
        byte[] bytes = ImageEncoder.encodeKeeping(pixels, targetFormat, jpegQuality, tiffOriginal, provenance.policy());
        if (targetFormat != ImageFormat.TIFF) {
            bytes = MetadataTransfer.apply(bytes, provenance.originalBytes(), provenance.policy(),
                    provenance.sameColourSpace(), pixels.getWidth(), pixels.getHeight());
        }
        AtomicFiles.write(target, bytes);
    }

    private static boolean isTiff(byte[] bytes) {
        return ImageFormat.sniff(bytes).filter(f -> f == ImageFormat.TIFF).isPresent();
    }
}
