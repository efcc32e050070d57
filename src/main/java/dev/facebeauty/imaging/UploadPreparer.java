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

    /** Pictures from this size on get a trial encode before the full one. */
    private static final long TRIAL_FROM_PIXELS = 2_000_000;
    private static final int TRIAL_BANDS = 8;
    /** A trial that predicts up to this share of the limit is taken at its word (predictions are within a few %). */
    private static final double TRIAL_MARGIN = 0.95;

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
            byte[] best = ImageEncoder.jpeg(current, JPEG_QUALITIES[0]); // most photos fit at the first
            float[] qualities = best.length <= limits.maxBytes() ? new float[]{JPEG_QUALITIES[0]}
                    : best.length > limits.maxBytes() * OUT_OF_REACH ? new float[0] : lowerQualitiesWorthTrying(current);
            int lastSize = best.length;
            for (float quality : qualities) {
                byte[] jpeg = quality == JPEG_QUALITIES[0] ? best : ImageEncoder.jpeg(current, quality);
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
            if (qualities.length == 0 && best.length <= limits.maxBytes() * OUT_OF_REACH) {
                lastSize = (int) Math.min(Integer.MAX_VALUE, predictedSize(current, JPEG_QUALITIES[JPEG_QUALITIES.length - 1]));
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

    /**
     * The lower qualities to encode the whole picture at, best first, once the first did not fit (most photos fit at
     * the first, so it is always tried in full). For a large picture a small trial says which will fit, so it is not
     * encoded again in full at qualities that cannot (each full encode of 11 MP costs about 0.13 s); empty when even
     * the lowest will not, so the caller resizes at once.
     */
    private float[] lowerQualitiesWorthTrying(BufferedImage picture) {
        if ((long) picture.getWidth() * picture.getHeight() < TRIAL_FROM_PIXELS) {
            return java.util.Arrays.copyOfRange(JPEG_QUALITIES, 1, JPEG_QUALITIES.length);
        }
        for (int i = 1; i < JPEG_QUALITIES.length; i++) {
            if (predictedSize(picture, JPEG_QUALITIES[i]) <= limits.maxBytes() * TRIAL_MARGIN) {
                return java.util.Arrays.copyOfRange(JPEG_QUALITIES, i, JPEG_QUALITIES.length);
            }
        }
        return new float[0];
    }

    /**
     * The whole picture's JPEG size at {@code quality}, from a sample: {@value #TRIAL_BANDS} bands of 32 rows spread
     * over the picture, encoded together. JPEG size follows the area for like content, so the sample's size times
     * the picture's rows over the sample's predicts it within a few per cent on photos.
     */
    long predictedSize(BufferedImage picture, float quality) {
        int band = 32, width = picture.getWidth();
        BufferedImage sample = new BufferedImage(width, band * TRIAL_BANDS, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int b = 0; b < TRIAL_BANDS; b++) {
            int top = (int) ((picture.getHeight() - band) * (b + 0.5) / TRIAL_BANDS);
            for (int y = 0; y < band; y++) {
                picture.getRGB(0, top + y, width, 1, row, 0, width);
                sample.setRGB(0, b * band + y, width, 1, row, 0, width);
            }
        }
        return Math.round(ImageEncoder.jpeg(sample, quality).length * (double) picture.getHeight() / sample.getHeight());
    }

    private static String megabytes(long bytes) {
        return Text.get("size.megabytes", bytes / 1_000_000.0);
    }
}
