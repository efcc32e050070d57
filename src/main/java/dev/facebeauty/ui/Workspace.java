package dev.facebeauty.ui;

import dev.facebeauty.settings.WorkspaceState;
import dev.facebeauty.settings.WorkspaceStore;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The remembered parts of the window (recent photos, last folders, compare mode, window bounds), written to disk at
 * each change so a crash forgets nothing. FX thread only.
 */
public final class Workspace {

    private final WorkspaceStore store;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private WorkspaceState state;

    public Workspace(WorkspaceStore store) {
        this.store = store;
        this.state = store.load();
        refreshRecent();
    }

    /** Recently opened photos, newest first. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Remembers a photo that was opened, and its folder for the next Open dialog. */
    public void opened(Path photo) {
        Path absolute = photo.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        update(state.withRecent(absolute.toString()).withOpenFolder(folder == null ? null : folder.toString()));
    }

    /** Forgets a recent photo (it was moved or deleted). */
    public void forget(Path photo) {
        update(state.withoutRecent(photo.toAbsolutePath().normalize().toString()));
    }

    public void saved(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder != null) {
            update(state.withSaveFolder(folder.toString()));
        }
    }

    public Optional<Path> openFolder() {
        return existingFolder(state.openFolder());
    }

    public Optional<Path> saveFolder() {
        return existingFolder(state.saveFolder());
    }

    public Optional<WorkspaceState.WindowBounds> windowBounds() {
        return Optional.ofNullable(state.window());
    }

    public void windowBounds(WorkspaceState.WindowBounds bounds) {
        update(state.withWindow(bounds));
    }

    /** The batch window's queue and choices as it was last closed. */
    public Optional<WorkspaceState.Batch> batch() {
        return Optional.ofNullable(state.batch());
    }

    public void batch(WorkspaceState.Batch kept) {
        update(state.withBatch(kept));
    }

    public Optional<String> compareMode() {
        return Optional.ofNullable(state.compareMode());
    }

    public void compareMode(String mode) {
        update(state.withCompareMode(mode));
    }

    private void update(WorkspaceState next) {
        if (!next.equals(state)) {
            state = next;
            store.save(state);
            refreshRecent();
        }
    }

    private void refreshRecent() {
        var paths = state.recentFiles().stream().map(Path::of).toList();
        if (!paths.equals(recentFiles)) {
            recentFiles.setAll(paths);
        }
    }

    private static Optional<Path> existingFolder(String folder) {
        return Optional.ofNullable(folder).map(Path::of).filter(Files::isDirectory);
    }
}
