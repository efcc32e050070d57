package dev.facebeauty.settings;

import dev.facebeauty.ui.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceStoreTest {

    @TempDir
    Path dir;

    @Test
    void recentPhotosFoldersLayoutAndModeSurviveARestart() throws Exception {
        Path file = dir.resolve("config/workspace.json");
        Path shoot = Files.createDirectories(dir.resolve("shoot"));
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Workspace first = new Workspace(new WorkspaceStore(file));
        first.opened(shoot.resolve("a.jpg"));
        first.opened(shoot.resolve("b.jpg"));
        first.opened(shoot.resolve("a.jpg"));
        first.saved(exports.resolve("a_beauty.jpg"));
        first.windowBounds(new WorkspaceState.WindowBounds(10, 20, 1200, 800, false));
        first.compareMode("SPLIT");

        Workspace second = new Workspace(new WorkspaceStore(file));
        assertEquals(List.of(shoot.resolve("a.jpg"), shoot.resolve("b.jpg")), second.recentFiles(),
                "newest first, each photo once");
        assertEquals(shoot, second.openFolder().orElseThrow());
        assertEquals(exports, second.saveFolder().orElseThrow());
        assertEquals(new WorkspaceState.WindowBounds(10, 20, 1200, 800, false), second.windowBounds().orElseThrow());
        assertEquals("SPLIT", second.compareMode().orElseThrow());
    }

    @Test
    void theRecentListKeepsTheNewestTenAndForgetsMissingPhotos() {
        Workspace workspace = new Workspace(new WorkspaceStore(dir.resolve("workspace.json")));
        IntStream.range(0, 14).forEach(i -> workspace.opened(dir.resolve("p" + i + ".jpg")));
        assertEquals(WorkspaceState.MAX_RECENT, workspace.recentFiles().size());
        assertEquals(dir.resolve("p13.jpg"), workspace.recentFiles().getFirst());
        workspace.forget(dir.resolve("p13.jpg"));
        assertEquals(dir.resolve("p12.jpg"), workspace.recentFiles().getFirst());
    }

    @Test
    void aDamagedFileOrAVanishedFolderIsForgottenQuietly() throws Exception {
        Path file = dir.resolve("workspace.json");
        Files.writeString(file, "{ not json");
        Workspace workspace = new Workspace(new WorkspaceStore(file));
        assertTrue(workspace.recentFiles().isEmpty());
        assertTrue(workspace.windowBounds().isEmpty());

        workspace.opened(dir.resolve("gone/a.jpg"));
        assertTrue(workspace.openFolder().isEmpty(), "a folder that no longer exists is not offered");
    }
}
