package dev.facebeauty.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether two paths name one file, the test that keeps an original from ever being written over. */
public final class FileIdentity {

    private FileIdentity() {
    }

    /**
     * True when {@code a} and {@code b} are one file however they are spelled: through symbolic links, "..", letter
     * case on case-insensitive file systems, or hard links (the same file key) — not just the same text. {@code b} may
     * not exist yet: then its folder's real path decides.
     */
    public static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
            Path parent = b.toAbsolutePath().getParent();
            if (Files.exists(a) && parent != null && Files.isDirectory(parent) && b.getFileName() != null) {
                return parent.toRealPath().resolve(b.getFileName()).equals(a.toRealPath());
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
