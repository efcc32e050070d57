package dev.facebeauty.bench;

import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.testing.TestImages;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes N synthetic camera-like portraits (1600 × 1200 JPEG, each with its own grain) for bench/batch.sh. */
public final class BatchPhotos {

    private BatchPhotos() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            Files.write(dir.resolve(String.format("portrait-%03d.jpg", i)),
                    ImageEncoder.jpeg(TestImages.grainyPortrait(1600, 1200, i), 0.9f));
        }
        System.out.println("Wrote " + count + " photos to " + dir);
    }
}
