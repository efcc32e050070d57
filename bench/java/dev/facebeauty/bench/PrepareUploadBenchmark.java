package dev.facebeauty.bench;

import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.UploadPreparer;
import dev.facebeauty.testing.TestImages;
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

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

/**
 * How long a 24-megapixel camera JPEG (6000 x 4000, about 6.5 MB) takes to become an upload the service accepts:
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
        BufferedImage img = TestImages.grainyPortrait(w, h, 42);
        cameraJpeg = ImageEncoder.jpeg(img, 0.9f);
        decoded = decoder.decode(cameraJpeg);
        System.out.printf("%nCamera JPEG: %d x %d, %.1f MB; prepared: %s%n", w, h, cameraJpeg.length / 1e6,
                preparer.prepare(decoded).adjustments());
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
