package dev.facebeauty.imaging;

import dev.facebeauty.text.Text;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a photo acceptable to the service with as little change as possible: a JPEG or PNG that already fits is
 * sent byte for byte; otherwise it is turned upright, scaled to under 4096 px a side and/or re-encoded as a
 * high-quality JPEG until it is within 2 MB. Every change is reported in words.
 */
public final class UploadPreparer {

    // 92 first: indistinguishable from 95 for an image the service re-encodes anyway, and a third smaller.
    private static final float[] JPEG_QUALITIES = {0.92f, 0.88f, 0.84f, 0.80f};
    private static final double SHRINK_STEP = 0.9;
    /** Above this multiple of the limit, lowering the quality further cannot help. */
    private static final double OUT_OF_REACH = 2.2;

    private final ApiImageLimits limits;

    public UploadPreparer(ApiImageLimits limits) {
        this.limits = limits;
    }

    public PreparedUpload prepare(DecodedImage decoded) throws UnusableImageException {
        int w = decoded.width();
        int h = decoded.height();
        if (limits.tooSmall(w, h)) {
            throw new UnusableImageException(Text.get("upload.tooSmall", w, h, limits.minSideExclusive()));
        }
        boolean upright = decoded.exifOrientation() <= 1;
        if (decoded.format().acceptedByApi() && upright && limits.sidesFit(w, h)
                && decoded.originalBytes().length <= limits.maxBytes()) {
            return new PreparedUpload(decoded.originalBytes(), decoded.format(), w, h, List.of(),
                    java.util.Optional.of(decoded.image()));
        }

        List<String> adjustments = new ArrayList<>();
        if (!upright) {
            adjustments.add(Text.get("upload.turned"));
        }
        if (!decoded.format().acceptedByApi()) {
            adjustments.add(Text.get("upload.converted", decoded.format()));
        }
        BufferedImage pixels = decoded.image();
        if (!limits.sidesFit(w, h)) {
            int[] size = Resampler.fitWithin(w, h, limits.maxSide());
            pixels = Resampler.downscale(pixels, size[0], size[1]);
            adjustments.add(Text.get("upload.resized", w, h, size[0], size[1], limits.maxSideExclusive()));
        }
        return encodeWithinSize(pixels, decoded, adjustments);
    }

    private PreparedUpload encodeWithinSize(BufferedImage pixels, DecodedImage decoded, List<String> adjustments)
            throws UnusableImageException {
        // A PNG that only needed turning or resizing stays PNG (lossless) when it still fits.
        if (decoded.format() == ImageFormat.PNG) {
            byte[] png = ImageEncoder.png(pixels);
            if (png.length <= limits.maxBytes()) {
                return new PreparedUpload(png, ImageFormat.PNG, pixels.getWidth(), pixels.getHeight(), adjustments);
            }
        }
        BufferedImage current = pixels;
        while (true) {
            int lastSize = 0;
            for (float quality : JPEG_QUALITIES) {
                byte[] jpeg = ImageEncoder.jpeg(current, quality);
                if (jpeg.length <= limits.maxBytes()) {
                    if (current != pixels) {
                        adjustments.add(Text.get("upload.reduced", current.getWidth(), current.getHeight()));
                    }
                    adjustments.add(Text.get("upload.sentAsJpeg", Math.round(quality * 100), megabytes(jpeg.length),
                            megabytes(decoded.originalBytes().length)));
                    return new PreparedUpload(jpeg, ImageFormat.JPEG, current.getWidth(), current.getHeight(), adjustments);
                }
                lastSize = jpeg.length;
                if (jpeg.length > limits.maxBytes() * OUT_OF_REACH) {
                    break; // lower qualities cannot save this much; resize instead of encoding in vain
                }
            }
            // JPEG size grows roughly with the pixel count, so one well-aimed resize usually suffices.
            double scale = Math.min(SHRINK_STEP, Math.sqrt((double) limits.maxBytes() / lastSize) * 0.95);
            int nextW = (int) (current.getWidth() * scale);
            int nextH = (int) (current.getHeight() * scale);
            if (limits.tooSmall(nextW, nextH)) {
                throw new UnusableImageException(Text.get("upload.cannotFit"));
            }
            current = Resampler.downscale(current, nextW, nextH);
        }
    }

    private static String megabytes(long bytes) {
        return Text.get("size.megabytes", bytes / 1_000_000.0);
    }
}
