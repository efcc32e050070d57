package dev.facebeauty.jobs;

import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.MetadataTransfer;
import dev.facebeauty.imaging.TiffFiles;
import dev.facebeauty.io.AtomicFiles;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.text.Text;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * "Edit in place", as Lightroom Classic's and Capture One's Edit In hand a photo to an external editor: the retouch is
 * written back over the file it came from, in that file's own format, and for a TIFF its compression, bit depth, colour
 * profile and tags; atomically (a new file moved over the old one, so a crash leaves one or the other, never half) and
 * with the file's own permissions. The only place the app ever writes over a photo, and only when the user started it
 * in that mode for that file and confirmed.
 */
public final class SaveBack {

    private SaveBack() {
    }

    /** Why this result cannot be saved back over {@code original}; empty when it can. */
    public static Optional<String> refusal(BufferedImage result, DecodedImage original) {
        if (!(original.format() == ImageFormat.TIFF || original.format() == ImageFormat.JPEG
                || original.format() == ImageFormat.PNG)) {
            return Optional.of(Text.get("saveBack.format", original.format()));
        }
        if (result.getWidth() != original.width() || result.getHeight() != original.height()) {
            return Optional.of(Text.get("saveBack.size", result.getWidth(), result.getHeight(), original.width(),
                    original.height()));
        }
        return Optional.empty();
    }

    /** Writes {@code result} over {@code target} (the original's file) as the original was written. */
    public static void write(BufferedImage result, DecodedImage original, Path target, float jpegQuality) throws IOException {
        Optional<String> refused = refusal(result, original);
        if (refused.isPresent()) {
            throw new IllegalArgumentException(refused.get());
        }
        byte[] bytes = switch (original.format()) {
            case TIFF -> TiffFiles.write(result, Optional.of(original.originalBytes()), MetadataPolicy.FULL);
            case JPEG -> MetadataTransfer.apply(ImageEncoder.encodeKeeping(result, ImageFormat.JPEG, jpegQuality,
                            Optional.empty(), MetadataPolicy.FULL), original.originalBytes(), MetadataPolicy.FULL, false,
                    result.getWidth(), result.getHeight());
            default -> ImageEncoder.encodeKeeping(result, ImageFormat.PNG, jpegQuality, Optional.empty(), MetadataPolicy.FULL);
        };
        Optional<Set<PosixFilePermission>> permissions = permissionsOf(target);
        AtomicFiles.write(target, bytes);
        if (permissions.isPresent()) {
            Files.setPosixFilePermissions(target, permissions.get());
        }
    }

    private static Optional<Set<PosixFilePermission>> permissionsOf(Path file) {
        try {
            return Files.getFileAttributeView(file, PosixFileAttributeView.class) == null ? Optional.empty()
                    : Optional.of(Files.getPosixFilePermissions(file));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
