package dev.facebeauty.jobs;

import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder where downloaded results wait until the user saves or discards them. */
public final class ResultStore {

    private final Path dir;

    public ResultStore(Path dir) {
        this.dir = dir;
    }

    public Path keep(String taskId, byte[] bytes, ImageFormat format) throws IOException {
        Path file = dir.resolve(taskId.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension());
        AtomicFiles.writePrivate(file, bytes);
        return file;
    }

    public void delete(Path file) throws IOException {
        if (file.toAbsolutePath().startsWith(dir.toAbsolutePath())) {
            Files.deleteIfExists(file);
        }
    }
}
