package dev.facebeauty.jobs;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.engine.BeautyEngine;
import dev.facebeauty.engine.BeautyResult;
import dev.facebeauty.engine.CloudEngine;
import dev.facebeauty.engine.EngineException;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.engine.JobStage;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.UnusableImageException;
import dev.facebeauty.imaging.UploadPreparer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A retouch job from photo to kept result: decode, fit to the service's limits, run the engine, and keep the
 * task journal and the results folder in step so that no paid-for result is lost.
 */
public final class BeautifyService {

    private static final System.Logger LOG = System.getLogger(BeautifyService.class.getName());

    private final ImageDecoder decoder;
    private final FullSizeResults fullSize;
    private final UploadPreparer preparer;
    private final TaskJournal journal;
    private final ResultStore store;
    private final ResultCache cache;
    private final Clock clock;
    /** Paid jobs being worked on in this process, by key: an identical photo waits for the first instead of paying. */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.CompletableFuture<Void>> inFlight =
            new java.util.concurrent.ConcurrentHashMap<>();

    public BeautifyService(ImageDecoder decoder, UploadPreparer preparer, TaskJournal journal, ResultStore store,
                           ResultCache cache, Clock clock) {
        this.decoder = decoder;
        this.fullSize = new FullSizeResults(decoder);
        this.preparer = preparer;
        this.journal = journal;
        this.store = store;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The outcome as the user keeps it: with {@link OutputSize#FULL}, a result of a photo that was changed to upload (or
     * that holds 16-bit samples or a colour profile) rebuilt at the original's size, depth and profile; otherwise as the
     * engine made it. The kept copy stays the engine's own file.
     */
    public JobOutcome asKept(JobOutcome outcome, DecodedImage original, BeautyParameters parameters, OutputSize size,
                             float jpegQuality) throws UnusableImageException {
        return size == OutputSize.FULL ? fullSize.rebuild(outcome, original, parameters, jpegQuality) : outcome;
    }

    /**
     * A kept service result (recovered at start, reopened from the history, checked now) as the user keeps it: rebuilt
     * like a result of a job run now. The upload is prepared again from the original, which gives the same bytes.
     */
    public BeautyResult asKept(BeautyResult serviceResult, DecodedImage original, BeautyParameters parameters,
                               OutputSize size, float jpegQuality) throws UnusableImageException {
        if (size != OutputSize.FULL) {
            return serviceResult;
        }
        PreparedUpload upload;
        try {
            upload = preparer.prepare(original);
        } catch (UnusableImageException e) {
            return serviceResult; // a photo the service could never have taken: nothing to rebuild from
        }
        return fullSize.rebuild(new JobOutcome(serviceResult, upload, Optional.empty()), original, parameters, jpegQuality).result();
    }

    /** Reads a photo for display and for sending. The file itself is only read. */
    public DecodedImage open(Path source) throws UnusableImageException {
        return decoder.read(source);
    }

    public PreparedUpload prepare(DecodedImage decoded) throws UnusableImageException {
        return preparer.prepare(decoded);
    }

    /** Prepares the photo for this engine: fitted to the API's limits for the cloud, the file as it is otherwise. */
    public PreparedUpload prepare(DecodedImage decoded, BeautyEngine engine) throws UnusableImageException {
        if (engine.needsUploadLimits()) {
            return preparer.prepare(decoded);
        }
        return new PreparedUpload(decoded.originalBytes(), decoded.format(), decoded.width(), decoded.height(), List.of(),
                Optional.of(decoded.image()));
    }

    /**
     * Runs {@code engine} on a prepared photo. For a paid service one rule holds, whatever came before (a crash, a
     * cancelled batch, a re-run of the command line, the same photo twice in one batch): the same photo, settings and
     * service are paid for once. A kept result is reused; a task the service accepted and may still finish is waited
     * for instead of submitting again; an identical job already running in this process is waited for. A job the
     * service accepts is journaled at once; if waiting for it is interrupted or the network fails, it stays journaled
     * and is fetched later.
     */
    public JobOutcome beautify(Path source, PreparedUpload upload, BeautyParameters parameters, BeautyEngine engine,
                               ProgressListener listener) throws EngineException, InterruptedException {
        Optional<String> cacheKey = engine.paidServiceScope().map(scope -> ResultCache.key(scope, parameters, upload.bytes()));
        if (cacheKey.isEmpty()) {
            BeautyResult result = engine.beautify(upload, parameters, listener);
            return new JobOutcome(result, upload, keep(result));
        }
        String key = cacheKey.get();
        while (true) {
            Optional<ResultCache.Hit> hit = cache.find(key);
            if (hit.isPresent()) {
                listener.stage(JobStage.DONE);
                return new JobOutcome(new BeautyResult(hit.get().bytes(), hit.get().format(),
                        engine.displayName() + " (earlier result, no credits spent)", Optional.empty()), upload, Optional.empty());
            }
            java.util.concurrent.CompletableFuture<Void> mine = new java.util.concurrent.CompletableFuture<>();
            java.util.concurrent.CompletableFuture<Void> other = inFlight.putIfAbsent(key, mine);
            if (other == null) {
                try {
                    return paidJob(key, source, upload, parameters, engine, listener);
                } finally {
                    inFlight.remove(key, mine);
                    mine.complete(null);
                }
            }
            listener.stage(JobStage.QUEUED);
            try {
                other.get(); // then look again: its result is in the cache, or its task in the journal
            } catch (java.util.concurrent.ExecutionException ignored) {
                // it never fails exceptionally
            }
        }
    }

    /** The one paid path: an earlier task for this key is fetched or waited for; otherwise a new job is submitted. */
    private JobOutcome paidJob(String key, Path source, PreparedUpload upload, BeautyParameters parameters,
                               BeautyEngine engine, ProgressListener listener) throws EngineException, InterruptedException {
        Optional<JournalEntry> earlier = journal.all().stream()
                .filter(e -> key.equals(e.jobKey()))
                .filter(e -> e.state() == JournalEntry.State.SUBMITTED
                        && e.submittedAt().plus(CloudEngine.TASK_LIFETIME).isAfter(clock.instant())
                        || e.state() == JournalEntry.State.DOWNLOADED && e.resultFileOptional().map(Path::of).filter(Files::isRegularFile).isPresent())
                .max(java.util.Comparator.comparing(JournalEntry::submittedAt));
        Optional<JournalEntry> unconfirmed = journal.all().stream()
                .filter(e -> key.equals(e.jobKey()) && e.state() == JournalEntry.State.UNCONFIRMED
                        && e.submittedAt().plus(CloudEngine.TASK_LIFETIME).isAfter(clock.instant()))
                .findFirst();
        if (unconfirmed.isPresent() && earlier.isEmpty()) {
            throw new EngineException(EngineException.Category.SERVICE, "This photo with these settings was uploaded "
                    + "before and may have been charged, but no job number came back, so it is not sent again on its "
                    + "own: check your balance (Settings → Check key). To send it anyway, delete that entry in the "
                    + "History (on the command line: --resend-unconfirmed).", null);
        }
        if (earlier.isPresent() && earlier.get().state() == JournalEntry.State.DOWNLOADED) {
            Optional<JobOutcome> kept = keptOutcome(earlier.get(), key, upload, engine);
            if (kept.isPresent()) {
                listener.stage(JobStage.DONE);
                return kept.get();
            }
        }
        if (earlier.isPresent() && earlier.get().state() == JournalEntry.State.SUBMITTED && engine instanceof CloudEngine cloud) {
            JournalEntry job = earlier.get();
            listener.submitted(job.taskId());
            BeautyResult result;
            try {
                result = cloud.awaitResult(job.taskId(), job.submittedAt(), listener);
            } catch (EngineException e) {
                markFailedUnlessItMayFinish(job.taskId(), e);
                throw e;
            }
            cache.put(key, result.bytes(), result.format());
            BeautyResult noted = new BeautyResult(result.bytes(), result.format(), result.engineName(), result.taskId(),
                    Optional.of("Fetched the job submitted earlier (task " + job.taskId() + "): no credits spent again."));
            return new JobOutcome(noted, upload, keep(noted));
        }
        // The one paid engine, in a straight line: submit, journal the task at once, then wait for its result.
        CloudEngine cloud = (CloudEngine) engine;
        CloudEngine.Submitted task;
        try {
            task = cloud.submit(upload, parameters, listener);
        } catch (EngineException e) {
            if (e.getCause() instanceof dev.facebeauty.api.ApiUncertainSubmitException) {
                journal.add(JournalEntry.unconfirmed(source.toAbsolutePath().toString(), clock.instant(), parameters, key,
                        e.userMessage()));
            }
            throw e;
        }
        journal.add(JournalEntry.submitted(task.taskId(), source.toAbsolutePath().toString(), task.at(), parameters, key));
        listener.submitted(task.taskId());
        if (task.cancelled()) {
            throw new InterruptedException("cancelled once the service had accepted task " + task.taskId());
        }
        BeautyResult result;
        try {
            result = cloud.awaitResult(task.taskId(), task.at(), listener);
        } catch (EngineException e) {
            markFailedUnlessItMayFinish(task.taskId(), e);
            throw e;
        }
        cache.put(key, result.bytes(), result.format());
        return new JobOutcome(result, upload, keep(result));
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
                        "May have been charged; sent again by your choice"));
                n++;
            }
        }
        return n;
    }

    /** A downloaded, unsaved result of the same job: read back from its kept copy, and remembered in the cache. */
    private Optional<JobOutcome> keptOutcome(JournalEntry entry, String key, PreparedUpload upload, BeautyEngine engine) {
        try {
            Path file = Path.of(entry.resultFile());
            byte[] bytes = Files.readAllBytes(file);
            Optional<dev.facebeauty.imaging.ImageFormat> format = dev.facebeauty.imaging.ImageFormat.sniff(bytes);
            if (format.isEmpty()) {
                return Optional.empty();
            }
            cache.put(key, bytes, format.get());
            return Optional.of(new JobOutcome(new BeautyResult(bytes, format.get(), engine.displayName()
                    + " (earlier result, no credits spent)", Optional.of(entry.taskId())), upload, Optional.of(file)));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read kept result {0}: {1}", entry.resultFile(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Fetches the results of jobs submitted earlier that were never downloaded (the app was closed or the network
     * dropped), marks the expired ones, and returns everything downloaded but not yet saved.
     */
    public List<RecoveredResult> recover(Optional<CloudEngine> cloud, ProgressListener listener) throws InterruptedException {
        for (JournalEntry expired : journal.expired(clock.instant(), CloudEngine.TASK_LIFETIME)) {
            journal.update(expired.taskId(), e -> e.withState(JournalEntry.State.FAILED, null,
                    "The result expired on the server before it could be downloaded."));
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

    /** The user threw the result away. */
    public void discard(String taskId) {
        deleteKeptCopy(taskId);
        journal.update(taskId, e -> e.withState(JournalEntry.State.DISCARDED, null, null));
    }

    public TaskJournal journal() {
        return journal;
    }

    /** Every result that arrives by any path enters the never-pay-twice cache (jobs journaled with their key). */
    private void remember(JournalEntry entry, BeautyResult result) {
        entry.jobKeyOptional().ifPresent(key -> cache.put(key, result.bytes(), result.format()));
    }

    private Optional<Path> keep(BeautyResult result) {
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
    private void markFailedUnlessItMayFinish(String taskId, EngineException e) {
        if (!e.mayStillFinish()) {
            journal.update(taskId, entry -> entry.withState(JournalEntry.State.FAILED, null, e.userMessage()));
        }
    }
}
