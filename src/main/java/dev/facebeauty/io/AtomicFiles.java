package dev.facebeauty.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a crash leaves either the old or the new content, never half of one: the content goes to a
 * temporary file beside the target, which is then moved over it.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * A file for the user and whoever they share it with (a saved result, an exported preset): created with the
     * user's own default permissions (their umask), like any program's output.
     */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, false);
    }

    /**
     * A file for the app's owner only (settings, the task journal, kept results, the cache): read and write for the
     * owner alone where the file system has POSIX permissions.
     */
    public static void writePrivate(Path target, byte[] content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, byte[] content, boolean ownerOnly) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = newTemp(dir, target.getFileName().toString(), ownerOnly);
        try {
            Files.write(temp, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new, empty, hidden file beside the target (Files.createTempFile would make every file owner-only). */
    private static Path newTemp(Path dir, String name, boolean ownerOnly) throws IOException {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return ownerOnly && posix
                        ? Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }
}
