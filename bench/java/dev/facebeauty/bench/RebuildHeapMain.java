package dev.facebeauty.bench;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.engine.BeautyResult;
import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.imaging.TiffFiles;
import dev.facebeauty.imaging.UploadPreparer;
import dev.facebeauty.jobs.FullSizeResults;
import dev.facebeauty.jobs.JobOutcome;
import dev.facebeauty.testing.TestImages;
import dev.facebeauty.testing.TestProfiles;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One rebuild in a fresh JVM, for {@code bench/rebuild-heap.sh}, which runs it under smaller and smaller heaps:
 * {@code prepare 24|45 DIR} writes the photo (the original file, the upload and the service's result) once, and
 * {@code run 24|45 DIR} decodes the original, rebuilds the result and writes it, as the app does after a download.
 */
public final class RebuildHeapMain {

    public static void main(String[] args) throws Exception {
        boolean tiff = args[1].equals("45");
        Path dir = Path.of(args[2]);
        ImageDecoder decoder = new ImageDecoder();
        if (args[0].equals("prepare")) {
            Files.createDirectories(dir);
            byte[] original;
            if (tiff) {
                BufferedImage sixteen = TestProfiles.sixteenBit(8256, 5504, TestProfiles.adobeRgb());
                BufferedImage grain = TestImages.grainyPortrait(8256, 5504, 3);
                java.awt.image.WritableRaster raster = sixteen.getRaster();
                int[] row = new int[8256 * 3];
                for (int y = 0; y < 5504; y++) {
                    for (int x = 0; x < 8256; x++) {
                        int p = grain.getRGB(x, y);
                        row[x * 3] = (p >> 16 & 255) * 257 + (x & 127);
                        row[x * 3 + 1] = (p >> 8 & 255) * 257 + (y & 127);
                        row[x * 3 + 2] = (p & 255) * 257;
                    }
                    raster.setPixels(0, y, 8256, 1, row);
                }
                original = TiffFiles.write(sixteen, Optional.empty(), MetadataPolicy.NONE);
            } else {
                original = ImageEncoder.jpeg(TestImages.grainyPortrait(6000, 4000, 42), 0.92f);
            }
            DecodedImage photo = decoder.decode(original);
            PreparedUpload upload = new UploadPreparer(ApiImageLimits.FACE_BEAUTY_PRO).prepare(photo);
            RgbImage result = RgbImage.of(decoder.decode(upload.bytes()).image());
            for (int i = 0; i < result.pixels().length; i++) {
                int x = i % result.width(), y = i / result.width();
                double dx = (x - result.width() / 2.0) / (result.width() / 4.0), dy = (y - result.height() / 2.0) / (result.height() / 3.0);
                if (dx * dx + dy * dy < 1) {
                    result.pixels()[i] = Math.min(0xFFFFFF, result.pixels()[i] + 0x0A0A0A);
                }
            }
            Files.write(dir.resolve("original"), original);
            Files.write(dir.resolve("upload"), upload.bytes());
            Files.write(dir.resolve("result"), ImageEncoder.jpeg(result.toBufferedImage(), 0.9f));
            System.out.printf("%s: %d × %d, sent at %d × %d%n", dir, photo.width(), photo.height(), upload.width(), upload.height());
            return;
        }
        long start = System.nanoTime();
        DecodedImage photo = decoder.decode(Files.readAllBytes(dir.resolve("original")));
        byte[] sent = Files.readAllBytes(dir.resolve("upload"));
        BufferedImage sentImage = decoder.decode(sent).image();
        PreparedUpload upload = new PreparedUpload(sent, ImageFormat.JPEG, sentImage.getWidth(), sentImage.getHeight(),
                java.util.List.of("Resized"));
        sentImage = null;
        JobOutcome outcome = new JobOutcome(new BeautyResult(Files.readAllBytes(dir.resolve("result")), ImageFormat.JPEG,
                "bench", Optional.empty()), upload, Optional.empty());
        JobOutcome rebuilt = new FullSizeResults(decoder).rebuild(outcome, photo, BeautyParameters.firstStart(), 0.95f);
        Files.write(dir.resolve("rebuilt." + rebuilt.result().format().extension()), rebuilt.result().bytes());
        System.out.printf("%s: decoded, rebuilt and written in %.1f s (max heap %d MB)%n", rebuilt.result().note().orElse(""),
                (System.nanoTime() - start) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
    }
}
