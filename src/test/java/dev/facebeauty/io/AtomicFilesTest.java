package dev.facebeauty.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void resultsGetTheUsersOwnPermissionsAndPrivateFilesStayOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        // What any program's new file gets here (the umask), to compare with.
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("usual")));
        Path result = dir.resolve("portrait_beauty.jpg");
        AtomicFiles.write(result, new byte[]{1, 2, 3});
        assertEquals(usual, Files.getPosixFilePermissions(result), "a saved result is shared like any other file");
        Path journal = dir.resolve("journal.json");
        AtomicFiles.writePrivate(journal, new byte[]{4});
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(journal));
        AtomicFiles.write(result, new byte[]{9});
        assertArrayEquals(new byte[]{9}, Files.readAllBytes(result), "replaced whole");
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left behind");
        }
    }
}
