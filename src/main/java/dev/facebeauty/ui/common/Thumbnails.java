package dev.facebeauty.ui.common;

import dev.facebeauty.imaging.UnusableImageException;
import dev.facebeauty.jobs.BeautifyService;
import javafx.application.Platform;
import javafx.scene.image.Image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Small upright pictures of photos for the history and batch lists, made on one background thread (so a list of
 * hundreds never competes with retouching for more than one core) and kept for the most recent few hundred files.
 */
public final class Thumbnails {

    public static final int SIZE = 64;
    private static final int KEEP = 400;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("thumbnails").factory());
    private final BeautifyService photos;
    private final Map<String, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEEP;
        }
    };

    public Thumbnails(BeautifyService photos) {
        this.photos = photos;
    }

    /**
     * Calls {@code show} on the FX thread with the picture of {@code file}, at once when known, else once made;
     * never when the file is missing or unreadable (the list keeps its placeholder).
     */
    public void request(Path file, Consumer<Image> show) {
        String key = key(file);
        Image known = cache.get(key);
        if (known != null) {
            show.accept(known);
            return;
        }
        worker.execute(() -> {
            if (!Files.isRegularFile(file)) {
                return;
            }
            try {
                Image image = FxImages.toFx(photos.thumbnail(file, SIZE));
                Platform.runLater(() -> {
                    cache.put(key, image);
                    show.accept(image);
                });
            } catch (UnusableImageException | RuntimeException e) {
                // No picture for this one; the row still names the file.
            }
        });
    }

    private static String key(Path file) {
        try {
            return file.toAbsolutePath() + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return file.toAbsolutePath().toString();
        }
    }
}
