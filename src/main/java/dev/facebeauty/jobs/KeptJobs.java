package dev.facebeauty.jobs;

import dev.facebeauty.engine.BeautyResult;
import dev.facebeauty.engine.CloudEngine;
import dev.facebeauty.engine.EngineException;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.text.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The journaled cloud jobs and the results kept for them: fetching what earlier sessions left waiting, the history's
 * Check now, marking results saved or discarded, deleting finished jobs, releasing uploads held as possibly charged.
 * Every result that arrives, by any path, is kept as a file and remembered in the never-pay-twice cache.
 */
public final class KeptJobs {

    private static final System.Logger LOG = System.getLogger(KeptJobs.class.getName());

    private final TaskJournal journal;
    private final ResultStore store;
    private final ResultCache cache;
    private final Clock clock;

    KeptJobs(TaskJournal journal, ResultStore store, ResultCache cache, Clock clock) {
        this.journal = journal;
        this.store = store;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The user's decision to send again the uploads that may have been charged (the command line's
     * --resend-unconfirmed): their entries stay in the history, marked as released, and no longer hold the photos back.
     * Returns how many there were.
     */
    public int releaseUnconfirmed() {
        int n = 0;
        for (JournalEntry e : journal.all()) {
            if (e.state() == JournalEntry.State.UNCONFIRMED) {
                journal.update(e.taskId(), entry -> entry.withState(JournalEntry.State.FAILED, null,
                        Text.get("journal.resentByChoice")));
                n++;
            }
        }
        return n;
    }

    /**
     * Fetches the results of jobs submitted earlier that were never downloaded (the app was closed or the network
     * dropped), marks the expired ones, and returns everything downloaded but not yet saved.
     */
    public List<RecoveredResult> recover(Optional<CloudEngine> cloud, ProgressListener listener) throws InterruptedException {
        for (JournalEntry expired : journal.expired(clock.instant(), CloudEngine.TASK_LIFETIME)) {
            journal.update(expired.taskId(), e -> e.withState(JournalEntry.State.FAILED, null,
                    Text.get("journal.expired")));
        }
        if (cloud.isPresent()) {
            for (JournalEntry pending : journal.pending(clock.instant(), CloudEngine.TASK_LIFETIME)) {
                try {
                    BeautyResult result = cloud.get().awaitResult(pending.taskId(), pending.submittedAt(), listener);
                    remember(pending, result);
                    keep(result);
                } catch (EngineException e) {
                    LOG.log(System.Logger.Level.WARNING, "Could not recover task {0}: {1}", pending.taskId(), e.getMessage());
                    markFailedUnlessItMayFinish(pending.taskId(), e);
                }
            }
        }
        // Discarded in an earlier session: the undo is over, the kept copy goes.
        journal.all().stream().filter(e -> e.state() == JournalEntry.State.DISCARDED)
                .forEach(e -> deleteKeptCopy(e.taskId()));
        List<RecoveredResult> recovered = new ArrayList<>();
        for (JournalEntry entry : journal.unsaved()) {
            Path file = Path.of(entry.resultFile());
            if (Files.isRegularFile(file)) {
                recovered.add(new RecoveredResult(entry, file));
            } else {
                journal.update(entry.taskId(), e -> e.withState(JournalEntry.State.DISCARDED, null, "kept file missing"));
            }
        }
        return recovered;
    }

    /**
     * The user's "Check now" for a journaled job still waiting for its result: asks the service once; a finished
     * result is kept and returned (as at start-up recovery), a failed one is marked so. Empty while it is still being
     * worked on.
     */
    public Optional<RecoveredResult> checkNow(String taskId, CloudEngine cloud, ProgressListener listener)
            throws EngineException, InterruptedException {
        Optional<BeautyResult> result;
        try {
            result = cloud.checkOnce(taskId, listener);
        } catch (EngineException e) {
            markFailedUnlessItMayFinish(taskId, e);
            throw e;
        }
        if (result.isEmpty()) {
            return Optional.empty();
        }
        journal.get(taskId).ifPresent(entry -> remember(entry, result.get()));
        Optional<Path> kept = keep(result.get());
        return kept.flatMap(file -> journal.get(taskId).map(entry -> new RecoveredResult(entry, file)));
    }

    /** The user saved the result to {@code target}: the kept copy is no longer needed. */
    public void markSaved(String taskId, Path target) {
        deleteKeptCopy(taskId);
        journal.update(taskId, e -> e.withState(JournalEntry.State.SAVED, null, null)
                .withSavedTo(target.toAbsolutePath().toString()));
    }

    /**
     * Removes a finished job from the history, with its kept copy (never the user's saved file). A job still waiting
     * for its result is not removed: it was paid for and would be lost.
     */
    public boolean delete(String taskId) {
        Optional<JournalEntry> entry = journal.get(taskId);
        if (entry.isEmpty() || entry.get().state() == JournalEntry.State.SUBMITTED) {
            return false;
        }
        deleteKeptCopy(taskId);
        journal.remove(taskId);
        return true;
    }

    /**
     * The user threw the result away. Its kept copy stays until the next start, so the discard can be undone
     * ({@link #undiscard}); {@link #recover} then deletes it.
     */
    public void discard(String taskId) {
        journal.update(taskId, e -> e.withState(JournalEntry.State.DISCARDED, e.resultFile(), null));
    }

    /** Takes a discard back while its kept copy is still there; false when it is gone. */
    public boolean undiscard(String taskId) {
        Optional<JournalEntry> entry = journal.get(taskId);
        if (entry.isEmpty() || entry.get().state() != JournalEntry.State.DISCARDED
                || entry.get().resultFileOptional().map(Path::of).filter(Files::isRegularFile).isEmpty()) {
            return false;
        }
        journal.update(taskId, e -> e.withState(JournalEntry.State.DOWNLOADED, e.resultFile(), null));
        return true;
    }

    /** Every result that arrives by any path enters the never-pay-twice cache (jobs journaled with their key). */
    private void remember(JournalEntry entry, BeautyResult result) {
        entry.jobKeyOptional().ifPresent(key -> cache.put(key, result.bytes(), result.format()));
    }

    Optional<Path> keep(BeautyResult result) {
        if (result.taskId().isEmpty()) {
            return Optional.empty();
        }
        String id = result.taskId().get();
        try {
            Path file = store.keep(id, result.bytes(), result.format());
            journal.update(id, e -> e.withState(JournalEntry.State.DOWNLOADED, file.toString(), null));
            return Optional.of(file);
        } catch (IOException e) {
            // The result is still in memory and can be saved; only the safety copy failed.
            LOG.log(System.Logger.Level.WARNING, "Could not keep a copy of result {0}: {1}", id, e.getMessage());
            return Optional.empty();
        }
    }

    /** The job's kept result file, when it has one (the app's copy in the results folder; never a saved file). */
    private void deleteKeptCopy(String taskId) {
        journal.get(taskId).flatMap(JournalEntry::resultFileOptional).ifPresent(f -> {
            try {
                store.delete(Path.of(f));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not delete kept result {0}: {1}", f, e.getMessage());
            }
        });
    }

    /** A job the service will not finish is marked failed; one that might still finish stays waiting (it was paid for). */
    void markFailedUnlessItMayFinish(String taskId, EngineException e) {
        if (!e.mayStillFinish()) {
            journal.update(taskId, entry -> entry.withState(JournalEntry.State.FAILED, null, e.userMessage()));
        }
    }
}
