package dev.facebeauty.jobs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.facebeauty.io.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Thread-safe. Entries that are finished with and older than {@link #RETENTION} are dropped on load.
 */
public final class TaskJournal {

    static final Duration RETENTION = Duration.ofDays(30);
    private static final System.Logger LOG = System.getLogger(TaskJournal.class.getName());
    private static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final Path file;
    private final Map<String, JournalEntry> entries = new LinkedHashMap<>();

    private TaskJournal(Path file) {
        this.file = file;
    }

    /** Opens the journal; a damaged file is set aside (renamed) rather than losing the app's start. */
    public static TaskJournal open(Path file, Instant now) {
        TaskJournal journal = new TaskJournal(file);
        if (Files.isRegularFile(file)) {
            try {
                List<JournalEntry> loaded = JSON.readValue(file.toFile(), new TypeReference<List<JournalEntry>>() { });
                for (JournalEntry e : loaded) {
                    boolean finished = e.state() != JournalEntry.State.SUBMITTED && e.state() != JournalEntry.State.DOWNLOADED;
                    if (!(finished && e.submittedAt().isBefore(now.minus(RETENTION)))) {
                        journal.entries.put(e.taskId(), e);
                    }
                }
            } catch (IOException e) {
                Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + now.toEpochMilli());
                LOG.log(System.Logger.Level.WARNING, "Task journal unreadable, moved to {0}: {1}", aside, e.getMessage());
                try {
                    Files.move(file, aside);
                } catch (IOException moveFailed) {
                    LOG.log(System.Logger.Level.WARNING, "Could not move damaged journal: {0}", moveFailed.getMessage());
                }
            }
        }
        return journal;
    }

    public synchronized void add(JournalEntry entry) {
        entries.put(entry.taskId(), entry);
        persist();
    }

    public synchronized Optional<JournalEntry> update(String taskId, UnaryOperator<JournalEntry> change) {
        JournalEntry current = entries.get(taskId);
        if (current == null) {
            return Optional.empty();
        }
        JournalEntry next = change.apply(current);
        entries.put(taskId, next);
        persist();
        return Optional.of(next);
    }

    /** Forgets a job (the history's Delete); the caller deals with any kept file. */
    public synchronized Optional<JournalEntry> remove(String taskId) {
        JournalEntry removed = entries.remove(taskId);
        if (removed != null) {
            persist();
        }
        return Optional.ofNullable(removed);
    }

    public synchronized Optional<JournalEntry> get(String taskId) {
        return Optional.ofNullable(entries.get(taskId));
    }

    public synchronized List<JournalEntry> all() {
        return List.copyOf(entries.values());
    }

    /** Jobs still worth polling: submitted, not downloaded, and younger than {@code lifetime}. */
    public synchronized List<JournalEntry> pending(Instant now, Duration lifetime) {
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
        return entries.values().stream()
                .filter(e -> e.state() == JournalEntry.State.SUBMITTED && !e.submittedAt().plus(lifetime).isAfter(now))
                .toList();
    }

    /** Results downloaded but neither saved nor discarded. */
    public synchronized List<JournalEntry> unsaved() {
        return entries.values().stream().filter(e -> e.state() == JournalEntry.State.DOWNLOADED).toList();
    }

    private void persist() {
        try {
            AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new ArrayList<>(entries.values())));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the task journal " + file, e);
        }
    }
}
