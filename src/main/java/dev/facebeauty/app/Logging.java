package dev.facebeauty.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the app's log (System.Logger, backed by java.util.logging) to a rotating file in the data folder, so the
 * window never shows a stack trace but support can still read one. Nothing logged carries the API key.
 */
public final class Logging {

    /** JUL is process-wide, so the file handler is added once however often this is called. */
    private static final java.util.concurrent.atomic.AtomicBoolean CONFIGURED = new java.util.concurrent.atomic.AtomicBoolean();

    private Logging() {
    }

    /** For the command line: everything to the file, nothing to the console, where the command prints its own lines. */
    public static void configureForCommandLine(Path logFile) {
        for (java.util.logging.Handler h : Logger.getLogger("").getHandlers()) {
            if (h instanceof java.util.logging.ConsoleHandler) {
                h.setLevel(Level.OFF);
            }
        }
        configure(logFile);
    }

    public static void configure(Path logFile) {
        if (!CONFIGURED.compareAndSet(false, true)) {
            return;
        }
        try {
            Files.createDirectories(logFile.getParent());
            FileHandler handler = new FileHandler(logFile.toString().replace("%", "%%"), 2_000_000, 2, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
        } catch (IOException | SecurityException e) {
            System.err.println("Log file unavailable (" + e.getMessage() + "); logging to the console only.");
        }
    }
}
