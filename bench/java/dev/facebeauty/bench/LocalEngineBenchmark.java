package dev.facebeauty.bench;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.retouch.Retoucher;
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

import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built-in engine on a 12-megapixel portrait (4000 × 3000: the astronaut from ../shared/fixtures enlarged to
 * 3000 × 3000 on a studio-grey canvas), all six effects at 50 and the Sunny Day filter: the live preview at a
 * 1280-pixel long edge, the full-size render, and the face analysis that both start from (once per photo).
 * Targets: preview at most 50 ms, full render at most 1.5 s, on 2 cores. Pass -Dfixtures.dir=… if the shared
 * folder is not at ../shared/fixtures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class LocalEngineBenchmark {

    private static final BeautyParameters SETTINGS = BeautyParameters.defaults().withFilter(FilterType.SUNNY_DAY);

    private RgbImage full;
    private List<Face> faces;
    private RgbImage preview;
    private List<Face> previewFaces;
    private final FaceAnalyzer analyzer = new FaceAnalyzer();

    @Setup
    public void makePhoto() throws Exception {
        Path fixtures = Path.of(System.getProperty("fixtures.dir", "../shared/fixtures"));
        RgbImage astronaut = RgbImage.of(ImageIO.read(fixtures.resolve("astronaut.png").toFile()));
        RgbImage square = astronaut.resize(3000, 3000);
        int[] pixels = new int[4000 * 3000];
        Arrays.fill(pixels, 0xC8C8D2);
        for (int y = 0; y < 3000; y++) {
            System.arraycopy(square.pixels(), y * 3000, pixels, y * 4000 + 500, 3000);
        }
        full = new RgbImage(4000, 3000, pixels);
        faces = analyzer.analyze(full);
        double scale = 1280.0 / 4000;
        preview = full.scale(scale);
        previewFaces = faces.stream().map(f -> f.scaled(scale)).toList();
        System.out.printf("%n12 MP portrait: %d face(s); preview %d x %d%n", faces.size(), preview.width(), preview.height());
    }

    /** One frame of the live preview while a slider moves. */
    @Benchmark
    public RgbImage previewRender() {
        return Retoucher.retouch(preview, previewFaces, SETTINGS);
    }

    /** The full-resolution result Beautify makes with the built-in engine. */
    @Benchmark
    public RgbImage fullRender() {
        return Retoucher.retouch(full, faces, SETTINGS);
    }

    /** Finding the face and its 468 landmarks on the 12 MP photo (once per opened photo). */
    @Benchmark
    public List<Face> faceAnalysis() {
        return analyzer.analyze(full);
    }
}
