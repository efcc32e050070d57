package dev.facebeauty.jobs;

import dev.facebeauty.engine.BeautyEngine;
import dev.facebeauty.engine.BeautyResult;
import dev.facebeauty.engine.CloudEngine;
import dev.facebeauty.engine.EngineException;
import dev.facebeauty.engine.JobStage;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.UnusableImageException;
import dev.facebeauty.imaging.UploadPreparer;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.text.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
    private final ResultExport export;
    private final KeptJobs kept;
    private final UploadPreparer preparer;
    private final TaskJournal journal;
    private final ResultCache cache;
    private final Clock clock;
    /** Paid jobs being worked on in this process, by key: an identical photo waits for the first instead of paying. */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.CompletableFuture<Void>> inFlight =
            new java.util.concurrent.ConcurrentHashMap<>();

    public BeautifyService(ImageDecoder decoder, UploadPreparer preparer, TaskJournal journal, ResultStore store,
                           ResultCache cache, Clock clock) {
        this.decoder = decoder;
        this.fullSize = new FullSizeResults(decoder);
        this.export = new ResultExport(decoder);
        this.kept = new KeptJobs(journal, store, cache, clock);
        this.preparer = preparer;
        this.journal = journal;
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

    /** A result's picture: the one the engine or the rebuild holds in memory, else decoded from its file once. */
    public DecodedImage picture(BeautyResult result) throws UnusableImageException {
        return result.pixels().isPresent() ? new DecodedImage(result.pixels().get(), result.bytes(), result.format(), 1)
                : decoder.decode(result.bytes());
    }

    /** A kept result file's picture. */
    public DecodedImage read(byte[] bytes) throws UnusableImageException {
        return decoder.decode(bytes);
    }

    /** A small upright copy of a photo for lists, read by subsampling. */
    public java.awt.image.BufferedImage thumbnail(Path photo, int maxSide) throws UnusableImageException {
        return decoder.thumbnail(photo, maxSide);
    }

    /** Writes results as the user has them (Amount, the restore brush, format, metadata). */
    public ResultExport export() {
        return export;
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
                        Text.get("result.earlier", engine.displayName()), Optional.empty()), upload, Optional.empty());
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
            throw new EngineException(EngineException.Category.SERVICE, Text.get("result.unconfirmedBefore"), null);
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
                    Optional.of(Text.get("result.fetchedEarlier", job.taskId())));
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
            return Optional.of(new JobOutcome(new BeautyResult(bytes, format.get(),
                    Text.get("result.earlier", engine.displayName()), Optional.of(entry.taskId())), upload, Optional.of(file)));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read kept result {0}: {1}", entry.resultFile(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The journaled jobs and their kept results: recovery, the history's actions, saving and discarding. */
    public KeptJobs kept() {
        return kept;
    }

    public List<RecoveredResult> recover(Optional<CloudEngine> cloud, ProgressListener listener) throws InterruptedException {
        return kept.recover(cloud, listener);
    }

    public Optional<RecoveredResult> checkNow(String taskId, CloudEngine cloud, ProgressListener listener)
            throws EngineException, InterruptedException {
        return kept.checkNow(taskId, cloud, listener);
    }

    public int releaseUnconfirmed() {
        return kept.releaseUnconfirmed();
    }

    public void markSaved(String taskId, Path target) {
        kept.markSaved(taskId, target);
    }

    public boolean delete(String taskId) {
        return kept.delete(taskId);
    }

    public boolean undiscard(String taskId) {
        return kept.undiscard(taskId);
    }

    public void discard(String taskId) {
        kept.discard(taskId);
    }

    public TaskJournal journal() {
        return journal;
    }

    private Optional<Path> keep(BeautyResult result) {
        return kept.keep(result);
    }

    private void markFailedUnlessItMayFinish(String taskId, EngineException e) {
        kept.markFailedUnlessItMayFinish(taskId, e);
    }
}
