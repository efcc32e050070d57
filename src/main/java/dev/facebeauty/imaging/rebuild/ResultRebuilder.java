package dev.facebeauty.imaging.rebuild;

import dev.facebeauty.imaging.BoxBlur;
import dev.facebeauty.imaging.RgbImage;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.WritableRaster;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Rebuilds a retouch made on a smaller, compressed, 8-bit sRGB copy of a photo at the original's own size, bit depth
 * and colour space. The retouch is read off the pair the service saw and returned (the copy sent and its result):
 * first its geometry (a dense flow field: the warps of thin face, shrink face and enlarge eye), then, per colour
 * channel, a local linear model of what it did to tone and detail ({@link LocalColourModel}). Both are applied to the
 * full-size original: fine detail the service kept comes back from the original, moved by the flow; detail it removed
 * stays removed; tone and colour changes carry over smoothly. Wherever the service changed nothing (beyond its
 * compression noise) the original's own samples are returned exactly.
 */
public final class ResultRebuilder {

    /** The flow is estimated on copies at most this many pixels on their long side: the warps are smooth. */
    private static final int FLOW_SIDE = 1024;
    /** Flow below this many pixels of the service's result is the estimate's noise, not a warp. */
    private static final float STILL = 0.25f, MOVED = 0.6f;
    /** A shift of a window's mean or spread (0–1) below which a pixel counts as untouched, and above which changed. */
    private static final float UNTOUCHED = 1.5f / 255, CHANGED = 4f / 255;
    /** A gate below this weighs any change under half a level of 255: the original's samples are kept exactly. */
    private static final float NEGLIGIBLE = 1f / 64;
    /** The share of a window's spread added to those thresholds. */
    private static final float EDGE_ALLOWANCE = 0.15f;
    /** The window for those means and spreads, in pixels of the service's result. */
    private static final int WINDOW = 5;

    private ResultRebuilder() {
    }

    /**
     * @param image         the rebuilt picture: the original's size, colour model (bit depth, ICC profile) and alpha
     * @param keptEncoding  false when the original's encoding (grey, indexed, CMYK, a table-based profile) could not be
     *                      kept, so the picture is 8-bit sRGB
     * @param changedShare  the share of pixels the retouch changed (0–1)
     */
    public record Rebuilt(BufferedImage image, boolean keptEncoding, double changedShare) {
    }

    /**
     * @param original       the full-size original, upright
     * @param sent           what the service was sent (decoded), upright, sRGB
     * @param result         the service's result (decoded); resized to {@code sent}'s size if it differs
     * @param followGeometry whether the retouch may have moved pixels (a shape effect was asked for)
     */
    public static Rebuilt rebuild(BufferedImage original, BufferedImage sent, BufferedImage result, boolean followGeometry) {
        Optional<ColourEncoding> encoding = ColourEncoding.of(original.getColorModel());
        BufferedImage base = original;
        if (encoding.isEmpty()) {
            base = RgbImage.of(original).toBufferedImage();
            encoding = ColourEncoding.of(base.getColorModel());
        }
        RgbImage upload = RgbImage.of(sent);
        int uw = upload.width(), uh = upload.height();
        RgbImage service = RgbImage.of(result);
        if (service.width() != uw || service.height() != uh) {
            service = service.resize(uw, uh);
        }
        DenseFlow flow = followGeometry ? flow(upload, service) : null;
        float[] moved = new float[uw * uh];
        float[][] input = warped(upload, flow, moved);
        float[][] output = planes(service);
        upload = null;
        service = null;
        float[] gate = gate(input, output, moved, uw, uh);
        LocalColourModel[] models = new LocalColourModel[3];
        for (int c = 0; c < 3; c++) {
            models[c] = LocalColourModel.fit(input[c], output[c], uw, uh);
            input[c] = null;
            output[c] = null;
        }
        double changed = 0;
        for (float g : gate) {
            changed += g > 0.5f ? 1 : 0;
        }
        BufferedImage image = render(base, encoding.orElseThrow(), models, gate, flow, uw, uh);
        return new Rebuilt(image, base == original, changed / gate.length);
    }

    private static DenseFlow flow(RgbImage upload, RgbImage service) {
        double scale = Math.min(1, (double) FLOW_SIDE / Math.max(upload.width(), upload.height()));
        int fw = Math.max(1, (int) Math.round(upload.width() * scale)), fh = Math.max(1, (int) Math.round(upload.height() * scale));
        return DenseFlow.estimate(lightness(upload.resize(fw, fh)), lightness(service.resize(fw, fh)), fw, fh);
    }

    private static float[] lightness(RgbImage image) {
        float[] out = new float[image.pixels().length];
        for (int i = 0; i < out.length; i++) {
            int p = image.pixels()[i];
            out[i] = ((p >> 16 & 255) * 0.299f + (p >> 8 & 255) * 0.587f + (p & 255) * 0.114f) / 255;
        }
        return out;
    }

    private static float[][] planes(RgbImage image) {
        int n = image.pixels().length;
        float[][] planes = new float[3][n];
        IntStream.range(0, n).parallel().forEach(i -> {
            int p = image.pixels()[i];
            planes[0][i] = (p >> 16 & 255) / 255f;
            planes[1][i] = (p >> 8 & 255) / 255f;
            planes[2][i] = (p & 255) / 255f;
        });
        return planes;
    }

    /**
     * The upload moved by the flow (bilinear), as three planes; {@code moved} gets how far each pixel counts as moved,
     * 0–1 ({@link #settled}).
     */
    private static float[][] warped(RgbImage upload, DenseFlow flow, float[] moved) {
        if (flow == null) {
            return planes(upload);
        }
        int w = upload.width(), h = upload.height();
        double toField = (double) flow.width() / w, fromField = (double) w / flow.width();
        float[][] planes = new float[3][w * h];
        IntStream.range(0, h).parallel().forEach(y -> {
            float[] d = new float[2];
            for (int x = 0; x < w; x++) {
                flow.at((x + 0.5) * toField - 0.5, (y + 0.5) * toField - 0.5, d);
                double dx = d[0] * fromField, dy = d[1] * fromField;
                int i = y * w + x;
                float k = settled((float) Math.sqrt(dx * dx + dy * dy));
                moved[i] = k;
                int p = k == 0 ? upload.pixels()[i] : upload.sample(x + dx * k, y + dy * k);
                planes[0][i] = (p >> 16 & 255) / 255f;
                planes[1][i] = (p >> 8 & 255) / 255f;
                planes[2][i] = (p & 255) / 255f;
            }
        });
        return planes;
    }

    /**
     * 0 where the service changed nothing (the original's samples are returned exactly), 1 where it changed the
     * picture, soft between; widened a little so that no change ends on a hard edge. A change is a shift of the local
     * mean of a channel (tone, colour, a removed brow) or of the local spread of lightness (smoothing), or a move; the
     * pixel-by-pixel noise of recompression moves neither, so it does not count.
     */
    private static float[] gate(float[][] input, float[][] output, float[] moved, int w, int h) {
        int n = w * h;
        float[] tone = new float[n];
        for (int c = 0; c < 3; c++) {
            float[] shift = new float[n];
            float[] in = input[c], out = output[c];
            IntStream.range(0, n).parallel().forEach(i -> shift[i] = out[i] - in[i]);
            BoxBlur.blur(shift, w, h, WINDOW);
            IntStream.range(0, n).parallel().forEach(i -> tone[i] = Math.max(tone[i], Math.abs(shift[i])));
        }
        float[] spreadIn = localSpread(lightness(input), w, h), spreadOut = localSpread(lightness(output), w, h);
        float[] gate = tone; // reused
        IntStream.range(0, n).parallel().forEach(i -> {
            // Recompression noise grows with the local contrast (ringing at edges): so does what counts as a change.
            float allowance = EDGE_ALLOWANCE * Math.max(spreadIn[i], spreadOut[i]);
            gate[i] = Math.max(Math.max(
                    smoothstep(UNTOUCHED + allowance, CHANGED + allowance, tone[i]),
                    smoothstep(UNTOUCHED + allowance, CHANGED + allowance, Math.abs(spreadIn[i] - spreadOut[i]))),
                    moved[i]);
        });
        BoxBlur.blur(gate, w, h, 3);
        IntStream.range(0, n).parallel().forEach(i -> gate[i] = Math.min(1, gate[i] * 3));
        BoxBlur.blur(gate, w, h, 2);
        return gate;
    }

    private static float[] lightness(float[][] rgb) {
        float[] out = new float[rgb[0].length];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = 0.299f * rgb[0][i] + 0.587f * rgb[1][i] + 0.114f * rgb[2][i]);
        return out;
    }

    /** The standard deviation in each pixel's window. */
    private static float[] localSpread(float[] plane, int w, int h) {
        float[] mean = plane.clone(), square = new float[plane.length];
        IntStream.range(0, plane.length).parallel().forEach(i -> square[i] = plane[i] * plane[i]);
        BoxBlur.blur(mean, w, h, WINDOW);
        BoxBlur.blur(square, w, h, WINDOW);
        IntStream.range(0, plane.length).parallel().forEach(i -> square[i] = (float) Math.sqrt(Math.max(0, square[i] - mean[i] * mean[i])));
        return square;
    }

    /**
     * How much of a flow offset of {@code length} pixels of the service's result to follow: none below {@link #STILL},
     * all above {@link #MOVED}, softly between. The flow of a picture nothing moved in reads 0.2–1 px here and there
     * (recompression, clipped highlights); followed, it resampled nearly every pixel of the original, softening it,
     * for nothing. The gate counts the same offsets as no move.
     */
    private static float settled(float length) {
        return smoothstep(STILL, MOVED, length);
    }

    private static float smoothstep(float from, float to, float v) {
        float t = Math.min(1, Math.max(0, (v - from) / (to - from)));
        return t * t * (3 - 2 * t);
    }

    private static BufferedImage render(BufferedImage base, ColourEncoding encoding, LocalColourModel[] models,
                                        float[] gate, DenseFlow flow, int uw, int uh) {
        int width = base.getWidth(), height = base.getHeight();
        ColorModel model = base.getColorModel();
        WritableRaster source = base.getRaster();
        WritableRaster target = model.createCompatibleWritableRaster(width, height);
        int bands = source.getNumBands();
        double sx = (double) uw / width, sy = (double) uh / height;
        double toField = flow == null ? 0 : (double) flow.width() / width;
        double fieldToOriginal = flow == null ? 0 : (double) width / flow.width();
        double fieldToUpload = flow == null ? 0 : (double) uw / flow.width();
        IntStream.range(0, height).parallel().forEach(row -> {
            int[] samples = source.getPixels(0, row, width, 1, (int[]) null);
            float[] srgb = new float[3];
            int[] codes = new int[3];
            float[] offset = new float[2];
            int[] neighbours = new int[4 * bands];
            double y = Math.min(Math.max((row + 0.5) * sy - 0.5, 0), uh - 1);
            int y0 = (int) y, y1 = Math.min(y0 + 1, uh - 1);
            float ay = (float) (y - y0);
            for (int column = 0; column < width; column++) {
                double x = Math.min(Math.max((column + 0.5) * sx - 0.5, 0), uw - 1);
                int x0 = (int) x, x1 = Math.min(x0 + 1, uw - 1);
                float ax = (float) (x - x0);
                int i00 = y0 * uw + x0, i10 = y0 * uw + x1, i01 = y1 * uw + x0, i11 = y1 * uw + x1;
                float g = lerp(gate, i00, i10, i01, i11, ax, ay);
                if (g < NEGLIGIBLE) {
                    continue; // untouched: the original's samples, exactly
                }
                int at = column * bands;
                int r = samples[at], gr = samples[at + 1], b = samples[at + 2];
                if (flow != null) {
                    flow.at((column + 0.5) * toField - 0.5, (row + 0.5) * toField - 0.5, offset);
                    float k = settled((float) (Math.sqrt(offset[0] * offset[0] + offset[1] * offset[1]) * fieldToUpload));
                    double dx = offset[0] * fieldToOriginal * k, dy = offset[1] * fieldToOriginal * k;
                    if (k > 0) {
                        sampleAt(source, column + dx, row + dy, width, height, bands, neighbours, codes);
                        r = codes[0];
                        gr = codes[1];
                        b = codes[2];
                    }
                }
                encoding.toSrgb(r, gr, b, srgb);
                for (int c = 0; c < 3; c++) {
                    LocalColourModel m = models[c];
                    srgb[c] = lerp(m.a, i00, i10, i01, i11, ax, ay) * srgb[c] + lerp(m.offset, i00, i10, i01, i11, ax, ay);
                }
                encoding.fromSrgb(srgb[0], srgb[1], srgb[2], codes);
                float weight = Math.min(1, (g - NEGLIGIBLE) / (1 - NEGLIGIBLE));
                for (int c = 0; c < 3; c++) {
                    int was = samples[at + c];
                    samples[at + c] = (int) (was + (codes[c] - was) * weight + 0.5f);
                }
            }
            target.setPixels(0, row, width, 1, samples);
        });
        return new BufferedImage(model, target, model.isAlphaPremultiplied(), null);
    }

    /** Bilinear sample of the original's codes at a real position (clamped to the picture) into {@code out}. */
    private static void sampleAt(WritableRaster source, double x, double y, int width, int height, int bands,
                                 int[] neighbours, int[] out) {
        double fx = Math.min(Math.max(x, 0), width - 1), fy = Math.min(Math.max(y, 0), height - 1);
        int x0 = Math.min((int) fx, width - 2), y0 = Math.min((int) fy, height - 2);
        if (width < 2 || height < 2) {
            source.getPixel((int) fx, (int) fy, neighbours);
            System.arraycopy(neighbours, 0, out, 0, 3);
            return;
        }
        double ax = fx - x0, ay = fy - y0;
        source.getPixels(x0, y0, 2, 2, neighbours);
        for (int c = 0; c < 3; c++) {
            double top = neighbours[c] + (neighbours[bands + c] - neighbours[c]) * ax;
            double bottom = neighbours[2 * bands + c] + (neighbours[3 * bands + c] - neighbours[2 * bands + c]) * ax;
            out[c] = (int) Math.round(top + (bottom - top) * ay);
        }
    }

    private static float lerp(float[] p, int i00, int i10, int i01, int i11, float ax, float ay) {
        float top = p[i00] + (p[i10] - p[i00]) * ax;
        float bottom = p[i01] + (p[i11] - p[i01]) * ax;
        return top + (bottom - top) * ay;
    }
}
