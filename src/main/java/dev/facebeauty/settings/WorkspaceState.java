package dev.facebeauty.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * What the window remembers between sessions: where it was, how the photos were compared, which photos were open
 * lately and the folders last used for opening and saving. Paths are kept as strings so a missing drive never
 * stops the file from loading.
 *
 * @param window      the window's bounds, or null before the first close
 * @param compareMode the compare mode's name ({@code SIDE_BY_SIDE}, {@code SPLIT}, {@code GRID})
 * @param recentFiles newest first, at most {@link #MAX_RECENT}
 * @param openFolder  where the Open dialog starts
 * @param saveFolder  where the Save dialog starts when the photo's own folder is not wanted
 * @param batch       the batch window's queue and choices, as it was closed
 */
public record WorkspaceState(WindowBounds window, String compareMode, List<String> recentFiles, String openFolder,
                             String saveFolder, Batch batch) {

    /** The batch window as it was closed: its photos, where results went, how they were named, what to do with old ones. */
    public record Batch(List<String> photos, List<String> subfolders, String outputDir, String namePattern, String existing) {
        public Batch {
            photos = photos == null ? List.of() : List.copyOf(photos);
            subfolders = subfolders == null ? List.of() : List.copyOf(subfolders);
        }
    }

    public static final int MAX_RECENT = 10;

    /** A window's place and size in screen coordinates; {@code maximized} restores over them. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public WorkspaceState {
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles.stream().limit(MAX_RECENT).toList());
    }

    public static WorkspaceState empty() {
        return new WorkspaceState(null, null, List.of(), null, null, null);
    }

    /** {@code file} moved to the front of the recent list (once), the list trimmed. */
    public WorkspaceState withRecent(String file) {
        List<String> list = new ArrayList<>(recentFiles);
        list.remove(file);
        list.addFirst(file);
        return new WorkspaceState(window, compareMode, list, openFolder, saveFolder, batch);
    }

    public WorkspaceState withoutRecent(String file) {
        List<String> list = new ArrayList<>(recentFiles);
        list.remove(file);
        return new WorkspaceState(window, compareMode, list, openFolder, saveFolder, batch);
    }

    public WorkspaceState withWindow(WindowBounds bounds) {
        return new WorkspaceState(bounds, compareMode, recentFiles, openFolder, saveFolder, batch);
    }

    public WorkspaceState withCompareMode(String mode) {
        return new WorkspaceState(window, mode, recentFiles, openFolder, saveFolder, batch);
    }

    public WorkspaceState withOpenFolder(String folder) {
        return new WorkspaceState(window, compareMode, recentFiles, folder, saveFolder, batch);
    }

    public WorkspaceState withSaveFolder(String folder) {
        return new WorkspaceState(window, compareMode, recentFiles, openFolder, folder, batch);
    }

    public WorkspaceState withBatch(Batch kept) {
        return new WorkspaceState(window, compareMode, recentFiles, openFolder, saveFolder, kept);
    }
}
