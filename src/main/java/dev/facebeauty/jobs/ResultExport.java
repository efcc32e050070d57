package dev.facebeauty.jobs;

import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageBlend;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.RestoreMask;
import dev.facebeauty.imaging.UnusableImageException;
import dev.facebeauty.model.MetadataPolicy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A result written to a file as the user has it: the engine's result, with Amount and the restore brush applied to
 * the original, in the format the file's name asks for, with the original's metadata as the policy allows, atomically.
 * The result's picture in memory is used when there is one; otherwise it is decoded once, and only when something is
 * to be done to its pixels.
 */
public final class ResultExport {

    /** What the user did to the result on screen: how much of it to keep, and where the original is painted back. */
    public record Edits(double amount, RestoreMask restore) {
        public static final Edits NONE = new Edits(1, null);

        boolean any() {
            return amount < 1 || restore != null;
        }
    }

    private final ImageDecoder decoder;

    public ResultExport(ImageDecoder decoder) {
        this.decoder = decoder;
    }

    /**
     * Writes {@code result} to {@code target}: its bytes unchanged when nothing is to be done, else the blended or
     * converted pixels; never over the original (callers check, see {@link dev.facebeauty.io.FileIdentity}).
     */
    public void save(byte[] result, Optional<BufferedImage> resultPixels, ImageFormat resultFormat,
                     Optional<DecodedImage> original, Edits edits, Path target, MetadataPolicy policy, float jpegQuality,
                     boolean sameColourSpace) throws IOException, UnusableImageException {
        ImageFormat targetFormat = ResultSaver.formatForName(target.getFileName().toString(), resultFormat);
        ResultSaver.Provenance provenance = original.map(o -> new ResultSaver.Provenance(o.originalBytes(), policy,
                sameColourSpace)).orElse(ResultSaver.Provenance.NONE);
        if (original.isPresent() && edits.any()) {
            BufferedImage blended = ImageBlend.mix(original.get().image(), pixels(result, resultPixels), edits.amount(),
                    edits.restore());
            ResultSaver.save(blended, targetFormat, target, jpegQuality, provenance);
            return;
        }
        ResultSaver.save(result, resultFormat, target, targetFormat, jpegQuality, provenance);
    }

    /** Writes the result (with the edits) back over the photo it was made from: see {@link SaveBack}. */
    public void saveBack(byte[] result, Optional<BufferedImage> resultPixels, DecodedImage original, Edits edits,
                         Path target, float jpegQuality) throws IOException, UnusableImageException {
        BufferedImage pixels = pixels(result, resultPixels);
        if (edits.any()) {
            pixels = ImageBlend.mix(original.image(), pixels, edits.amount(), edits.restore());
        }
        Optional<String> refused = SaveBack.refusal(pixels, original);
        if (refused.isPresent()) {
            throw new IllegalArgumentException(refused.get());
        }
        SaveBack.write(pixels, original, target, jpegQuality);
    }

    /** The result's picture: the one in memory when there is one, else decoded from its bytes. */
    private BufferedImage pixels(byte[] result, Optional<BufferedImage> inMemory) throws UnusableImageException {
        return inMemory.isPresent() ? inMemory.get() : decoder.decode(result).image();
    }
}
