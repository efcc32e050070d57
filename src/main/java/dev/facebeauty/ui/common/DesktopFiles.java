package dev.facebeauty.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/** A file or folder opened in the desktop's own application (viewer, file manager), asked off the FX thread. */
public final class DesktopFiles {

    private DesktopFiles() {
    }

    /** Opens {@code target}; {@code failed} runs on the FX thread when the desktop cannot (no desktop, file gone). */
    public static void open(Path target, Executor executor, Runnable failed) {
        executor.execute(() -> {
            try {
                if (!java.awt.Desktop.isDesktopSupported() || !Files.exists(target)) {
                    throw new IOException(target.toString());
                }
                java.awt.Desktop.getDesktop().open(target.toFile());
            } catch (IOException | RuntimeException e) {
                javafx.application.Platform.runLater(failed);
            }
        });
    }
}
