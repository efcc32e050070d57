package dev.facebeauty.jobs;

import dev.facebeauty.engine.BeautyResult;
import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.Resampler;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.imaging.UnusableImageException;
import dev.facebeauty.imaging.rebuild.ResultRebuilder;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.text.Text;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * A cloud result brought back to its original: when the photo had to be changed to upload (made smaller, recompressed,
 * turned to 8-bit sRGB), the service's retouch is rebuilt on the original at its own size, bit depth and colour profile
 * ({@link ResultRebuilder}), and written in the original's format (JPEG, PNG or TIFF; other formats as PNG). The
 * service's own file stays the kept copy of what was paid for.
 */
public final class FullSizeResults {

    private final ImageDecoder decoder;

    public FullSizeResults(ImageDecoder decoder) {
        this.decoder = decoder;
    }

    /**
     * Whether rebuilding gives something the engine did not: the photo was changed to upload (smaller, recompressed,
     * turned upright), or it holds more than the engines work in (16-bit samples, a colour profile other than sRGB).
     */
    public static boolean applies(JobOutcome outcome, DecodedImage original) {
        boolean fits = original.width() >= outcome.upload().width() && original.height() >= outcome.upload().height();
        return fits && (!outcome.upload().unchanged() || !isPlainSrgb(original.image()));
    }

    private static boolean isPlainSrgb(BufferedImage image) {
        return image.getColorModel().getColorSpace().isCS_sRGB() && image.getColorModel().getComponentSize(0) <= 8;
    }

    /**
     * The outcome with its result rebuilt at the original's size, depth and profile, its note saying so; unchanged when
     * {@link #applies} is false.
     */
    public JobOutcome rebuild(JobOutcome outcome, DecodedImage original, BeautyParameters parameters, float jpegQuality)
            throws UnusableImageException {
        if (!applies(outcome, original)) {
            return outcome;
        }
        BufferedImage sent = outcome.upload().pixels().isPresent() ? outcome.upload().pixels().get()
                : decoder.decode(outcome.upload().bytes()).image();
        BufferedImage service = outcome.result().pixels().isPresent() ? outcome.result().pixels().get()
                : decoder.decode(outcome.result().bytes()).image();
        // The model needs no more detail than the service is sent. A built-in result of a 45 MP 16-bit original comes
        // at the original's size: modelled at that size the rebuild took 22 s and 4 GB; at the upload's size, as for
        // a cloud result, it takes a few seconds, and the original's own samples still carry the detail.
        int[] modelSize = Resampler.fitWithin(sent.getWidth(), sent.getHeight(), ApiImageLimits.FACE_BEAUTY_PRO.maxSide());
        if (modelSize[0] < sent.getWidth()) {
            sent = RgbImage.of(sent).resize(modelSize[0], modelSize[1]).toBufferedImage();
            service = RgbImage.of(service).resize(modelSize[0], modelSize[1]).toBufferedImage();
        }
        boolean shape = parameters.values().entrySet().stream().anyMatch(e -> e.getKey().movesPixels() && e.getValue() > 0);
        ResultRebuilder.Rebuilt rebuilt = ResultRebuilder.rebuild(original.image(), sent, service, shape);
        ImageFormat format = switch (original.format()) {
            case JPEG, PNG, TIFF -> original.format();
            default -> ImageFormat.PNG;
        };
        byte[] bytes = ImageEncoder.encodeKeeping(rebuilt.image(), format, jpegQuality,
                format == ImageFormat.TIFF ? Optional.of(original.originalBytes()) : Optional.empty(), MetadataPolicy.FULL);
        String note = describe(rebuilt.image(), service.getWidth(), service.getHeight(), rebuilt.keptEncoding());
        BeautyResult result = outcome.result();
        Optional<String> notes = Optional.of(result.note().map(n -> n + " " + note).orElse(note));
        return new JobOutcome(new BeautyResult(bytes, format, result.engineName(), result.taskId(), notes,
                Optional.of(rebuilt.image())), outcome.upload(), outcome.keptFile());
    }

    /**
     * "Rebuilt at 6000 × 4000 from the service's 4095 × 2730.", "… 2730, 16-bit, own colour profile.", or, at the
     * same size, "Kept in 16 bits and its own colour profile."
     */
    static String describe(BufferedImage image, int serviceWidth, int serviceHeight, boolean keptEncoding) {
        boolean deep = keptEncoding && image.getColorModel().getComponentSize(0) > 8;
        boolean profile = keptEncoding && dev.facebeauty.imaging.ColourProfiles.profileOf(image).isPresent();
        if (image.getWidth() == serviceWidth && image.getHeight() == serviceHeight) {
            return Text.get(deep && profile ? "result.kept16BitProfile" : deep ? "result.kept16Bit"
                    : profile ? "result.keptProfile" : "result.kept8Bit");
        }
        String key = deep && profile ? "result.rebuilt16BitProfile" : deep ? "result.rebuilt16Bit"
                : profile ? "result.rebuiltProfile" : "result.rebuilt";
        return Text.get(key, image.getWidth(), image.getHeight(), serviceWidth, serviceHeight);
    }
}
