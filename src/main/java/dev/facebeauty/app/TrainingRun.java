package dev.facebeauty.app;

import dev.facebeauty.engine.LocalEngine;
import dev.facebeauty.imaging.ImageEncoder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The parts of the packaging step's training run that touch the engine and the codecs (the launcher, which may not,
 * drives it): a made-up camera-like photo to beautify, and the engine's warm-up.
 */
public final class TrainingRun {

    private TrainingRun() {
    }

    /** Writes a lit gradient with grain that decodes, encodes and retouches like a photo (it holds no face). */
    public static Path writePhoto(Path folder) throws IOException {
        Path photo = folder.resolve("training.jpg");
        Files.write(photo, ImageEncoder.jpeg(picture(2400, 1600), 0.9f));
        return photo;
    }

    public static void warmUpEngine() {
        LocalEngine.warmUp();
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grain = (int) (random.nextGaussian() * 4);
                int r = Math.clamp(90 + x * 120L / width + grain, 0, 255);
                int g = Math.clamp(80 + y * 100L / height + grain, 0, 255);
                int b = Math.clamp(70 + grain, 0, 255);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }
}
