package dev.facebeauty.bench;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.engine.BeautyResult;
import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.imaging.TiffFiles;
import dev.facebeauty.imaging.UploadPreparer;
import dev.facebeauty.imaging.rebuild.ResultRebuilder;
import dev.facebeauty.jobs.FullSizeResults;
import dev.facebeauty.jobs.JobOutcome;
import dev.facebeauty.testing.TestImages;
import dev.facebeauty.testing.TestProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilding a cloud result at the original's size: a 24 MP camera JPEG (6000 × 4000, sent at 4095 × 2730) and a
 * 45 MP 16-bit Adobe RGB TIFF (8256 × 5504, sent at 4095 × 2730). The "service" lifts a face-sized oval by 12 levels
 * and flattens its grain, the way whitening and smoothing change a portrait, and answers with a JPEG at quality 90.
 * {@code rebuildPixels*} is the rebuild alone; {@code rebuildAndWrite*} adds decoding the two downloads and writing the
 * result file in the original's format. The heap each needs is measured by {@code bench/rebuild-heap.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class RebuildBenchmark {

    private final ImageDecoder decoder = new ImageDecoder();
    private DecodedImage camera, tiff;
    private BufferedImage cameraSent, cameraResult, tiffSent, tiffResult;
    private JobOutcome cameraOutcome, tiffOutcome;
    private final FullSizeResults fullSize = new FullSizeResults(decoder);
    private final BeautyParameters parameters = BeautyParameters.firstStart();

    @Setup(Level.Trial)
    public void makePhotos() throws Exception {
        camera = decoder.decode(ImageEncoder.jpeg(TestImages.grainyPortrait(6000, 4000, 42), 0.92f));
        BufferedImage sixteen = TestProfiles.sixteenBit(8256, 5504, TestProfiles.adobeRgb());
        fill(sixteen);
        tiff = decoder.decode(TiffFiles.write(sixteen, Optional.empty(), MetadataPolicy.NONE));
        cameraOutcome = serviceOutcome(camera);
        tiffOutcome = serviceOutcome(tiff);
        cameraSent = decoder.decode(cameraOutcome.upload().bytes()).image();
        cameraResult = decoder.decode(cameraOutcome.result().bytes()).image();
        tiffSent = decoder.decode(tiffOutcome.upload().bytes()).image();
        tiffResult = decoder.decode(tiffOutcome.result().bytes()).image();
    }

    private JobOutcome serviceOutcome(DecodedImage photo) throws Exception {
        PreparedUpload upload = new UploadPreparer(ApiImageLimits.FACE_BEAUTY_PRO).prepare(photo);
        RgbImage sent = RgbImage.of(decoder.decode(upload.bytes()).image());
        RgbImage result = sent.copy();
        int w = sent.width(), h = sent.height();
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                double dx = (x - w / 2.0) / (w / 4.0), dy = (y - h / 2.0) / (h / 3.0);
                if (dx * dx + dy * dy < 1) {
                    int lifted = 0;
                    for (int shift = 0; shift <= 16; shift += 8) {
                        int mean = ((sent.get(x - 1, y) >> shift & 255) + (sent.get(x + 1, y) >> shift & 255)
                                + (sent.get(x, y - 1) >> shift & 255) + (sent.get(x, y + 1) >> shift & 255)) / 4;
                        lifted |= Math.min(255, mean + 12) << shift;
                    }
                    result.pixels()[y * w + x] = lifted;
                }
            }
        }
        byte[] bytes = ImageEncoder.jpeg(result.toBufferedImage(), 0.9f);
        return new JobOutcome(new BeautyResult(bytes, dev.facebeauty.imaging.ImageFormat.JPEG, "bench", Optional.empty()),
                upload, Optional.empty());
    }

    private static void fill(BufferedImage image) {
        WritableRaster raster = image.getRaster();
        Random random = new Random(7);
        int w = image.getWidth();
        int[] row = new int[w * 3];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                double face = Math.hypot((x - w / 2.0) / (w / 4.0), (y - image.getHeight() / 2.0) / (image.getHeight() / 3.0)) < 1 ? 1 : 0;
                row[x * 3] = 14000 + (int) (face * 26000) + x + random.nextInt(900);
                row[x * 3 + 1] = 12000 + (int) (face * 18000) + y + random.nextInt(900);
                row[x * 3 + 2] = 16000 + (int) (face * 10000) + random.nextInt(900);
            }
            raster.setPixels(0, y, w, 1, row);
        }
    }

    @Benchmark
    public BufferedImage rebuildPixels24MpJpeg() {
        return ResultRebuilder.rebuild(camera.image(), cameraSent, cameraResult, false).image();
    }

    @Benchmark
    public JobOutcome rebuildAndWrite24MpJpeg() throws Exception {
        return fullSize.rebuild(cameraOutcome, camera, parameters, 0.95f);
    }

    @Benchmark
    public BufferedImage rebuildPixels45Mp16BitTiff() {
        return ResultRebuilder.rebuild(tiff.image(), tiffSent, tiffResult, false).image();
    }

    @Benchmark
    public JobOutcome rebuildAndWrite45Mp16BitTiff() throws Exception {
        return fullSize.rebuild(tiffOutcome, tiff, parameters, 0.95f);
    }
}
