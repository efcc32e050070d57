package dev.facebeauty;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.app.TrainingRun;
import dev.facebeauty.cli.CommandLineApp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
            Path photo = TrainingRun.writePhoto(folder);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            CommandLineApp.run(new String[]{"beautify", "--engine", "local", "--whitening", "40", "--smoothing", "60",
                    "--thinface", "30", "--enlarge-eye", "20", "--filter", "11", "--out-dir", folder.resolve("out").toString(),
                    photo.toString()}, AppServices::forCurrentUser, quiet, quiet);
            TrainingRun.warmUpEngine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
