package dev.facebeauty.bench;

import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.UploadPreparer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * How long a 24-megapixel camera JPEG (6000 x 4000, about 8 MB) takes to become an upload the service accepts:
 * decode, then scale under 4096 px and re-encode under 2 MB. The photo is synthetic: a lit face on a gradient with
 * sensor-like noise, so it compresses like a real one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class PrepareUploadBenchmark {

    private byte[] cameraJpeg;
    private DecodedImage decoded;
    private final ImageDecoder decoder = new ImageDecoder();
    private final UploadPreparer preparer = new UploadPreparer(ApiImageLimits.FACE_BEAUTY_PRO);

    @Setup
    public void makePhoto() throws Exception {
        int w = 6000;
        int h = 4000;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(70, 90, 120), w, h, new Color(190, 200, 215)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(222, 170, 140));
        g.fillOval(w / 3, h / 6, w / 3, h * 2 / 3);
        g.dispose();
        Random random = new Random(42);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int n = random.nextInt(21) - 10;
                int r = clamp(((row[x] >> 16) & 0xFF) + n);
                int gg = clamp(((row[x] >> 8) & 0xFF) + n);
                int b = clamp((row[x] & 0xFF) + n);
                row[x] = (r << 16) | (gg << 8) | b;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        cameraJpeg = ImageEncoder.jpeg(img, 0.9f);
        decoded = decoder.decode(cameraJpeg);
        System.out.printf("%nCamera JPEG: %d x %d, %.1f MB; prepared: %s%n", w, h, cameraJpeg.length / 1e6,
                preparer.prepare(decoded).adjustments());
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** Reading the file's pixels (done once when the photo is opened). */
    @Benchmark
    public DecodedImage decode() throws Exception {
        return decoder.decode(cameraJpeg);
    }

    /** Fitting already-decoded pixels to the limits (done at each Beautify). */
    @Benchmark
    public PreparedUpload fitToLimits() throws Exception {
        return preparer.prepare(decoded);
    }

    /** Both: from the camera file to the bytes on the wire. */
    @Benchmark
    public PreparedUpload decodeAndFit() throws Exception {
        return preparer.prepare(decoder.decode(cameraJpeg));
    }
}
