package dev.facebeauty;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.cli.CommandLineApp;
import dev.facebeauty.engine.LocalEngine;
import dev.facebeauty.imaging.ImageEncoder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * What the packaging step's training run does before it opens the window, so that the AOT cache it records also holds
 * the command line's classes and the built-in engine's (with their method profiles, which let the JIT compile the
 * hot loops early): a built-in {@code beautify} of a made-up camera-like picture, and the engine's warm-up. Measured
 * on a 24 MP photo from the command line: 4.3 s with a cache of the window's start alone, 3.5 s with this.
 * Runs only when the training run asks for it ({@value #PROPERTY}); the installed app never does.
 */
final class AotTraining {

    static final String PROPERTY = "facebeauty.aotTraining";

    private AotTraining() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    static void run() {
        try {
            Path folder = Files.createTempDirectory("face-beauty-studio-aot");
            Path photo = folder.resolve("training.jpg");
            Files.write(photo, ImageEncoder.jpeg(picture(2400, 1600), 0.9f));
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            CommandLineApp.run(new String[]{"beautify", "--engine", "local", "--whitening", "40", "--smoothing", "60",
                    "--thinface", "30", "--enlarge-eye", "20", "--filter", "11", "--out-dir", folder.resolve("out").toString(),
                    photo.toString()}, AppServices::forCurrentUser, quiet, quiet);
            LocalEngine.warmUp();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lit gradient with grain: decodes, encodes and retouches like a photo (it holds no face). */
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
