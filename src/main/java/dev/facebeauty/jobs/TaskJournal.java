package dev.facebeauty.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facebeauty.io.AtomicFiles;
import dev.facebeauty.io.Json;
import dev.facebeauty.model.Adjustment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The task journal: every submitted job, written through to a JSON file atomically, so a result that finishes
 * after the app was closed is fetched on the next start and a downloaded result is kept until saved or discarded.
 * Thread-safe, and safe across processes: the window and a command-line batch may run at once on the same journal,
 * so every change re-reads the file under an exclusive lock (a sibling {@code .lock} file) before writing it, and
 * every read picks up the file again when another process has changed it. Entries that are finished with and older
 * than {@link #RETENTION} are dropped on load.
 */
public final class TaskJournal {

    static final Duration RETENTION = Duration.ofDays(30);
    private static final System.Logger LOG = System.getLogger(TaskJournal.class.getName());
    private static final ObjectMapper JSON = Json.MAPPER;

    /** One file lock per process at a time: the OS lock is per process, so threads of this one queue here. */
    private static final Object PROCESS_LOCK = new Object();

    private final Path file;
    private final Map<String, JournalEntry> entries = new LinkedHashMap<>();
    /** The file's modification time and size when this process last read or wrote it. */
    private String seenVersion = "";
    /** Finished jobs submitted before this are dropped (from the file at the next change). */
    private final Instant keepAfter;

    private TaskJournal(Path file, Instant now) {
        this.file = file;
        this.keepAfter = now.minus(RETENTION);
    }

    /** Opens the journal; a damaged file is set aside (renamed) rather than losing the app's start. */
    public static TaskJournal open(Path file, Instant now) {
        TaskJournal journal = new TaskJournal(file, now);
        try {
            journal.reload(true);
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + now.toEpochMilli());
            LOG.log(System.Logger.Level.WARNING, "Task journal unreadable, moved to {0}: {1}", aside, e.getMessage());
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                LOG.log(System.Logger.Level.WARNING, "Could not move damaged journal: {0}", moveFailed.getMessage());
            }
        }
        return journal;
    }

    public synchronized void add(JournalEntry entry) {
        change(() -> {
            entries.put(entry.taskId(), entry);
            return true;
        });
    }

    public synchronized Optional<JournalEntry> update(String taskId, UnaryOperator<JournalEntry> change) {
        JournalEntry[] next = new JournalEntry[1];
        change(() -> {
            JournalEntry current = entries.get(taskId);
            if (current == null) {
                return false;
            }
            next[0] = change.apply(current);
            entries.put(taskId, next[0]);
            return true;
        });
        return Optional.ofNullable(next[0]);
    }

    /** Forgets a job (the history's Delete); the caller deals with any kept file. */
    public synchronized Optional<JournalEntry> remove(String taskId) {
        JournalEntry[] removed = new JournalEntry[1];
        change(() -> {
            removed[0] = entries.remove(taskId);
            return removed[0] != null;
        });
        return Optional.ofNullable(removed[0]);
    }

    public synchronized Optional<JournalEntry> get(String taskId) {
        reloadIfChanged();
        return Optional.ofNullable(entries.get(taskId));
    }

    public synchronized List<JournalEntry> all() {
        reloadIfChanged();
        return List.copyOf(entries.values());
    }

    /** Jobs still worth polling: submitted, not downloaded, and younger than {@code lifetime}. */
    public synchronized List<JournalEntry> pending(Instant now, Duration lifetime) {
        reloadIfChanged();
        List<JournalEntry> out = new ArrayList<>();
        for (JournalEntry e : entries.values()) {
            if (e.state() == JournalEntry.State.SUBMITTED && e.submittedAt().plus(lifetime).isAfter(now)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Submitted jobs whose result can no longer be fetched (older than {@code lifetime}). */
    public synchronized List<JournalEntry> expired(Instant now, Duration lifetime) {
        reloadIfChanged();
        return entries.values().stream()
                .filter(e -> e.state() == JournalEntry.State.SUBMITTED && !e.submittedAt().plus(lifetime).isAfter(now))
                .toList();
    }

    /** Results downloaded but neither saved nor discarded. */
    public synchronized List<JournalEntry> unsaved() {
        reloadIfChanged();
        return entries.values().stream().filter(e -> e.state() == JournalEntry.State.DOWNLOADED).toList();
    }

    /**
     * A change made under the cross-process lock, on the file's latest content; written when {@code edit} says so. The
     * file work runs on its own thread, which nobody interrupts, and is waited for to the end: a cancel arriving
     * while a paid task is being journaled must not close the file under it and lose the task id.
     */
    private void change(java.util.function.BooleanSupplier edit) {
        RuntimeException[] failure = new RuntimeException[1];
        Thread writer = Thread.ofVirtual().name("journal").start(() -> {
            try {
                changeNow(edit);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        boolean interrupted = false;
        while (true) {
            try {
                writer.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private void changeNow(java.util.function.BooleanSupplier edit) {
        synchronized (PROCESS_LOCK) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (FileChannel lockFile = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    FileLock lock = lockFile.lock();
                    try {
                        reload(true); // under the lock, always from the file: a same-size write in the same tick is still seen
                        if (edit.getAsBoolean()) {
                            AtomicFiles.writePrivate(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                                    new JournalFile(FILE_VERSION, new ArrayList<>(entries.values()))));
                            seenVersion = version();
                        }
                    } finally {
                        lock.release();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the task journal " + file, e);
            }
        }
    }

    /** Picks up changes another process (a command-line batch, a second window) wrote since we last looked. */
    private void reloadIfChanged() {
        if (!version().equals(seenVersion)) {
            try {
                reload(false);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not re-read the task journal {0}: {1}", file, e.getMessage());
            }
        }
    }

    private void reload(boolean always) throws IOException {
        String version = version();
        if (!Files.isRegularFile(file) || !always && version.equals(seenVersion)) {
            return;
        }
        List<JournalEntry> loaded = read(JSON.readTree(file.toFile()));
        entries.clear();
        for (JournalEntry e : loaded) {
            boolean finished = e.state() != JournalEntry.State.SUBMITTED && e.state() != JournalEntry.State.DOWNLOADED;
            if (!(finished && e.submittedAt().isBefore(keepAfter))) {
                entries.put(e.taskId(), e);
            }
        }
        seenVersion = version;
    }

    /** The file's layout: 2 is {"version": 2, "jobs": [...]} with each job's settings by API field. */
    static final int FILE_VERSION = 2;

    private record JournalFile(int version, List<JournalEntry> jobs) {
    }

    /**
     * The jobs in a journal file of any version: version 1 (a bare list, the six settings as separate fields named
     * "whitening" … "removeEyebrow") is upgraded as it is read, and written back as version 2 at the next change.
     */
    static List<JournalEntry> read(JsonNode root) throws IOException {
        JsonNode jobs = root.isArray() ? root : root.path("jobs");
        List<JournalEntry> out = new ArrayList<>();
        for (JsonNode job : jobs) {
            if (job instanceof ObjectNode object && !object.has("settings")) {
                ObjectNode settings = object.putObject("settings");
                for (Adjustment a : Adjustment.values()) {
                    JsonNode value = object.remove(a.legacyKey());
                    if (value != null) {
                        settings.put(a.apiField(), value.asInt());
                    }
                }
            }
            out.add(JSON.treeToValue(job, JournalEntry.class));
        }
        return out;
    }

    private String version() {
        try {
            return Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            return "";
        }
    }
}
