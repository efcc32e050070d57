package dev.facebeauty.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facebeauty.io.AtomicFiles;
import dev.facebeauty.io.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link WorkspaceState} as a small JSON file. Losing it costs nothing but convenience, so a missing or unreadable
 * file gives the empty state and a failed write is only logged.
 */
public final class WorkspaceStore {

    private static final System.Logger LOG = System.getLogger(WorkspaceStore.class.getName());
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Path file;

    public WorkspaceStore(Path file) {
        this.file = file;
    }

    public WorkspaceState load() {
        if (!Files.isRegularFile(file)) {
            return WorkspaceState.empty();
        }
        try {
            return JSON.readValue(file.toFile(), WorkspaceState.class);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable workspace file {0}: {1}", file, e.getMessage());
            return WorkspaceState.empty();
        }
    }

    public void save(WorkspaceState state) {
        try {
            AtomicFiles.writePrivate(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remember the window layout in {0}: {1}", file, e.getMessage());
        }
    }
}
