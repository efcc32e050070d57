package dev.facebeauty.imaging.rebuild;

import dev.facebeauty.engine.LocalEngine;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.imaging.UploadPreparer;
import dev.facebeauty.model.BeautyParameters;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/**
 * The cloud path played out with the built-in engine as the service: the photo is fitted to the service's limits, the
 * engine retouches only that copy (as the service would), and the result is rebuilt at the original's size. The
 * engine's own full-size render of the same settings is the reference the rebuild should come close to; a bicubic
 * enlargement of the service's result is what a client without the rebuild delivers.
 */
final class RebuildTrial {

    record Outcome(RgbImage original, RgbImage reference, RgbImage rebuilt, RgbImage enlarged, int sentWidth, int sentHeight) {
        /** PSNR in dB against the reference, over all pixels or only those the reference changed (by more than 3). */
        double psnr(RgbImage candidate, boolean retouchedOnly) {
            double sum = 0;
            long n = 0;
            int[] o = original.pixels(), ref = reference.pixels(), c = candidate.pixels();
            for (int i = 0; i < ref.length; i++) {
                if (retouchedOnly && maxDifference(o[i], ref[i]) <= 3) {
                    continue;
                }
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = (ref[i] >> shift & 255) - (c[i] >> shift & 255);
                    sum += d * d;
                }
                n += 3;
            }
            return 10 * Math.log10(255.0 * 255 / Math.max(sum / Math.max(n, 1), 1e-9));
        }
    }

    private static final ImageDecoder DECODER = new ImageDecoder();

    /** Whatever retouches the fitted upload: the built-in engine in process, or a cloud engine talking to serve. */
    interface Service {
        byte[] retouch(PreparedUpload upload, BeautyParameters parameters) throws Exception;
    }

    static Outcome run(BufferedImage photo, BeautyParameters parameters) throws Exception {
        LocalEngine engine = new LocalEngine(DECODER, new FaceAnalyzer());
        return run(photo, parameters, (upload, p) -> engine.beautify(upload, p, ProgressListener.NONE).bytes());
    }

    static Outcome run(BufferedImage photo, BeautyParameters parameters, Service service) throws Exception {
        byte[] originalBytes = ImageEncoder.jpeg(photo, 0.97f);
        DecodedImage original = DECODER.decode(originalBytes);
        PreparedUpload upload = new UploadPreparer(ApiImageLimits.FACE_BEAUTY_PRO).prepare(original);
        LocalEngine engine = new LocalEngine(DECODER, new FaceAnalyzer());
        byte[] serviceResult = service.retouch(upload, parameters);
        byte[] reference = engine.beautify(new PreparedUpload(originalBytes, original.format(), original.width(),
                original.height(), List.of()), parameters, ProgressListener.NONE).bytes();
        BufferedImage sent = DECODER.decode(upload.bytes()).image();
        BufferedImage result = DECODER.decode(serviceResult).image();
        boolean shape = parameters.thinface() + parameters.shrinkFace() + parameters.enlargeEye() > 0;
        BufferedImage rebuilt = ResultRebuilder.rebuild(original.image(), sent, result, shape).image();
        return new Outcome(RgbImage.of(original.image()), RgbImage.of(DECODER.decode(reference).image()),
                RgbImage.of(rebuilt), RgbImage.of(bicubic(result, original.width(), original.height())),
                upload.width(), upload.height());
    }

    static int maxDifference(int a, int b) {
        return Math.max(Math.abs((a >> 16 & 255) - (b >> 16 & 255)),
                Math.max(Math.abs((a >> 8 & 255) - (b >> 8 & 255)), Math.abs((a & 255) - (b & 255))));
    }

    static BufferedImage bicubic(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** A camera-sized portrait: a real photo enlarged (bicubic) to {@code longSide}, with film-like grain of σ 4 levels. */
    static BufferedImage largeGrainy(BufferedImage photo, int longSide, long seed) {
        double scale = (double) longSide / Math.max(photo.getWidth(), photo.getHeight());
        BufferedImage big = bicubic(photo, (int) Math.round(photo.getWidth() * scale), (int) Math.round(photo.getHeight() * scale));
        Random random = new Random(seed);
        int[] px = ((java.awt.image.DataBufferInt) big.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int grain = (int) Math.round(random.nextGaussian() * 4);
            int p = px[i];
            px[i] = clamp((p >> 16 & 255) + grain) << 16 | clamp((p >> 8 & 255) + grain) << 8 | clamp((p & 255) + grain);
        }
        return big;
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }
}
