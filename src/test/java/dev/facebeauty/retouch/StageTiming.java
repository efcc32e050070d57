package dev.facebeauty.retouch;

import dev.facebeauty.api.BeautyParameters;
import dev.facebeauty.api.FilterType;
import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.RgbImage;
import javax.imageio.ImageIO;
import java.io.File;
import java.util.Arrays;
import java.util.List;

public class StageTiming {
    public static void main(String[] args) throws Exception {
        RgbImage astronaut = RgbImage.of(ImageIO.read(new File("../shared/fixtures/astronaut.png")));
        RgbImage square = astronaut.resize(3000, 3000);
        int[] pixels = new int[4000 * 3000];
        Arrays.fill(pixels, 0xC8C8D2);
        for (int y = 0; y < 3000; y++) System.arraycopy(square.pixels(), y * 3000, pixels, y * 4000 + 500, 3000);
        RgbImage full = new RgbImage(4000, 3000, pixels);
        List<Face> faces0 = new FaceAnalyzer().analyze(full);
        double scale = 1280.0 / 4000;
        RgbImage photo = full.scale(scale);
        List<Face> faces = faces0.stream().map(f -> f.scaled(scale)).toList();
        BeautyParameters p = BeautyParameters.defaults().withFilter(FilterType.SUNNY_DAY);
        for (int round = 0; round < 30; round++) {
            long t0 = System.nanoTime();
            SkinMap skin = SkinMap.of(photo, faces);
            long t1 = System.nanoTime();
            RgbImage out = photo.copy();
            EyebrowRemoval.apply(out, faces.get(0), skin.tones.get(0), 0.5);
            long t2 = System.nanoTime();
            Smoothing.apply(out, skin.perFace.get(0), 0.5, faces.get(0).eyeSpan());
            long t3 = System.nanoTime();
            Whitening.apply(out, skin, 0.5);
            long t4 = System.nanoTime();
            FaceWarp.apply(out, faces.get(0), 0.5, 0.5, 0.5);
            long t5 = System.nanoTime();
            Filters.table(FilterType.SUNNY_DAY).apply(out);
            long t6 = System.nanoTime();
            if (round >= 25) System.out.printf("skin %.1f brow %.1f smooth %.1f white %.1f warp %.1f filter %.1f total %.1f%n",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6, (t6 - t5) / 1e6, (t6 - t0) / 1e6);
        }
    }
}
