package dev.facebeauty.jobs;

import dev.facebeauty.engine.BeautyEngine;
import dev.facebeauty.engine.EngineException;
import dev.facebeauty.engine.JobStage;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.UnusableImageException;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.text.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Retouches a list of photos with a bounded number at a time, for the command line and the window alike: each
 * photo is decoded, prepared, retouched (cached or journaled as any job), and saved with its metadata, one photo per
 * worker in memory at a time. Pause holds photos not yet started; cancel stops the running ones at once (jobs the
 * service accepted stay journaled); failed photos can be tried again. Results already in the output folder are
 * skipped, so a stopped batch is finished by running it again.
 */
public final class BatchRunner {

    public enum State { WAITING, WORKING, DONE, SKIPPED, FAILED, CANCELLED }

    /** Why a photo failed, so callers can tell the user (and the command line its exit code). */
    public enum Failure { NONE, BAD_IMAGE, SERVICE, NETWORK, WRITE, INTERNAL }

    /** The latest about one photo of the batch. */
    public record Report(int index, Path input, State state, String detail, Optional<Path> result,
                         Optional<String> taskId, Optional<String> requestId, Failure failure, Optional<JobStage> stage) {
    }

    /** Hears about every change; called on worker threads. */
    public interface Listener {
        void changed(Report report);
    }

    /**
     * @param concurrency  photos at once
     * @param namePattern  result names ({@link BatchPlan#outputName})
     * @param presetName   for the {@code {preset}} token, or null
     * @param existing     what to do where a result is already there: skip the photo, replace it, or keep both
     * @param jpegQuality  0–1, for results converted to JPEG
     * @param outputSize   whether results of photos changed to upload are rebuilt at the original's size, depth, profile
     * @param singleOutput the exact result file when there is one photo with {@code -o}
     */
    public record Options(int concurrency, String namePattern, String presetName, ExistingResults existing,
                          MetadataPolicy metadata, float jpegQuality, OutputSize outputSize, Optional<Path> singleOutput) {
    }

    private final BeautifyService service;
    private final BeautyEngine engine;
    private final BeautyParameters parameters;
    private final Options options;
    private final Listener listener;
    private final ExecutorService pool;
    private final Object gate = new Object();
    private boolean paused;
    /** Photos at the pause gate, guarded by {@link #gate}. */
    private int holding;
    private final List<BatchPlan.Job> jobs = new ArrayList<>();
    private final List<Report> reports = new ArrayList<>();
    private final List<Future<?>> running = new ArrayList<>();
    private final java.util.Set<Integer> started = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Output names taken by photos of this batch, and by which photo (a retried photo keeps its own). */
    private final java.util.Map<Path, Integer> claimed = new java.util.HashMap<>();
    private static final System.Logger LOG = System.getLogger(BatchRunner.class.getName());
    private CountDownLatch remaining = new CountDownLatch(0);

    public BatchRunner(BeautifyService service, BeautyEngine engine, BeautyParameters parameters, Options options,
                       Listener listener) {
        this.service = service;
        this.engine = engine;
        this.parameters = parameters;
        this.options = options;
        this.listener = listener;
        this.pool = Executors.newFixedThreadPool(Math.max(1, options.concurrency()),
                Thread.ofPlatform().daemon().name("batch-", 0).factory());
    }

    /** Queues the photos and starts working on them. */
    public synchronized void start(List<BatchPlan.Job> batch) {
        remaining = new CountDownLatch(batch.size() + (int) remaining.getCount());
        for (BatchPlan.Job job : batch) {
            int index = jobs.size();
            jobs.add(job);
            reports.add(null);
            report(index, State.WAITING, Text.get("batch.waiting"), Optional.empty(), Optional.empty(), Optional.empty(), Failure.NONE);
            running.add(pool.submit(() -> run(index)));
        }
    }

    /** Runs a failed or cancelled photo again. */
    public synchronized void retry(int index) {
        State state = reports.get(index).state();
        if (state == State.FAILED || state == State.CANCELLED) {
            remaining = new CountDownLatch((int) remaining.getCount() + 1);
            started.remove(index);
            report(index, State.WAITING, Text.get("batch.waiting"), Optional.empty(), Optional.empty(), Optional.empty(), Failure.NONE);
            running.set(index, pool.submit(() -> run(index)));
        }
    }

    /** Photos not yet started wait; those being worked on finish. */
    public void pause() {
        synchronized (gate) {
            paused = true;
        }
    }

    public void resume() {
        synchronized (gate) {
            paused = false;
            gate.notifyAll();
        }
    }

    /** Stops everything now: running photos are interrupted, waiting ones are not started. */
    public synchronized void cancel() {
        running.forEach(f -> f.cancel(true));
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).state() == State.WAITING && !started.contains(i)) { // never ran, so never counted down
                report(i, State.CANCELLED, Text.get("batch.cancelled"), Optional.empty(), Optional.empty(), Optional.empty(), Failure.NONE);
                remaining.countDown();
            }
        }
    }

    /** Waits until every photo is done, skipped, failed or cancelled. */
    public void await() throws InterruptedException {
        CountDownLatch latch;
        synchronized (this) {
            latch = remaining;
        }
        latch.await();
    }

    public synchronized List<Report> reports() {
        return List.copyOf(reports);
    }

    public void shutdown() {
        pool.shutdownNow();
    }

    private void run(int index) {
        started.add(index);
        BatchPlan.Job job = jobs.get(index);
        try {
            waitWhilePaused();
            if (options.singleOutput().isEmpty() && options.existing() == ExistingResults.SKIP && alreadyDone(job)) {
                report(index, State.SKIPPED, Text.get("batch.alreadyIn", job.outputDir()), Optional.empty(), Optional.empty(),
                        Optional.empty(), Failure.NONE);
                return;
            }
            String[] taskId = new String[1];
            working(index, JobStage.PREPARING, Optional.empty());
            DecodedImage decoded = service.open(job.input());
            PreparedUpload upload = service.prepare(decoded, engine);
            JobOutcome served = service.beautify(job.input(), upload, parameters, engine, new ProgressListener() {
                @Override
                public void stage(JobStage stage) {
                    working(index, stage, Optional.ofNullable(taskId[0]));
                }

                @Override
                public void submitted(String id) {
                    taskId[0] = id;
                }
            });
            JobOutcome outcome = service.asKept(served, decoded, parameters, options.outputSize(), options.jpegQuality());
            Path target = target(index, job, outcome.result().format());
            if (Files.exists(target) && options.existing() != ExistingResults.REPLACE) {
                report(index, State.FAILED, outcome.keptFile().map(f -> Text.get("batch.existsKept", target, f))
                        .orElseGet(() -> Text.get("batch.exists", target)), Optional.empty(),
                        outcome.taskId(), Optional.empty(), Failure.WRITE);
                return;
            }
            ImageFormat format = ResultSaver.formatForName(target.getFileName().toString(), outcome.result().format());
            boolean sameColourSpace = engine.paidServiceScope().isPresent() && upload.unchanged();
            ResultSaver.save(outcome.result().bytes(), outcome.result().format(), target, format, options.jpegQuality(),
                    new ResultSaver.Provenance(decoded.originalBytes(), options.metadata(), sameColourSpace));
            outcome.taskId().ifPresent(id -> service.markSaved(id, target));
            report(index, State.DONE, outcome.result().note()
                    .map(note -> Text.get("batch.savedWithNote", target, outcome.result().engineName(), note))
                    .orElseGet(() -> Text.get("batch.saved", target, outcome.result().engineName())), Optional.of(target),
                    outcome.taskId(), Optional.empty(), Failure.NONE);
        } catch (UnusableImageException e) {
            report(index, State.FAILED, e.getMessage(), Optional.empty(), Optional.empty(), Optional.empty(), Failure.BAD_IMAGE);
        } catch (EngineException e) {
            String code = e.apiError().map(a -> a.code().isEmpty() ? "HTTP " + a.httpStatus() : a.code()).orElse("");
            report(index, State.FAILED, code.isEmpty() ? e.userMessage() : Text.get("batch.failedWithCode", code, e.userMessage()),
                    Optional.empty(), Optional.empty(),
                    e.apiError().map(a -> a.requestId()).filter(id -> !id.isEmpty()),
                    e.category() == EngineException.Category.NETWORK ? Failure.NETWORK : Failure.SERVICE);
        } catch (IOException | IllegalArgumentException e) {
            report(index, State.FAILED, Text.get("batch.couldNotWrite", e.getMessage()), Optional.empty(), Optional.empty(),
                    Optional.empty(), Failure.WRITE);
        } catch (InterruptedException e) {
            report(index, State.CANCELLED, Text.get("batch.stopped"),
                    Optional.empty(), Optional.empty(), Optional.empty(), Failure.NONE);
        } catch (OutOfMemoryError e) {
            report(index, State.FAILED, Text.get("batch.outOfMemory"),
                    Optional.empty(), Optional.empty(), Optional.empty(), Failure.INTERNAL);
        } catch (RuntimeException | Error e) {
            // Never a silent end: whatever went wrong is said, and the exit code says so too.
            LOG.log(System.Logger.Level.ERROR, "Batch job " + job.input() + " failed", e);
            report(index, State.FAILED, Text.get("batch.unexpected", e),
                    Optional.empty(), Optional.empty(), Optional.empty(), Failure.INTERNAL);
        } finally {
            synchronized (this) {
                remaining.countDown();
            }
        }
    }

    private void waitWhilePaused() throws InterruptedException {
        synchronized (gate) {
            holding++;
            try {
                while (paused) {
                    gate.wait();
                }
            } finally {
                holding--;
            }
        }
    }

    /** How many photos are held at the pause gate right now (they start nothing until Resume). */
    public int heldByPause() {
        synchronized (gate) {
            return paused ? holding : 0;
        }
    }

    private Path target(int index, BatchPlan.Job job, ImageFormat format) throws IOException {
        if (options.singleOutput().isPresent()) {
            return options.singleOutput().get();
        }
        Files.createDirectories(job.outputDir());
        Path target = claim(index, job.outputDir().resolve(BatchPlan.outputName(options.namePattern(), job.input(),
                format.extension(), options.presetName(), parameters)));
        if (dev.facebeauty.io.FileIdentity.sameFile(job.input(), target)) {
            throw new IOException("the result would replace the input " + job.input());
        }
        return target;
    }

    /**
     * Reserves an output name for one photo of this batch: two photos that would land on one name (x.jpg from two
     * folders) get distinct ones — "x_beauty.jpg", then "x_beauty (2).jpg" — instead of one silently replacing the other.
     */
    private Path claim(int index, Path wanted) {
        synchronized (claimed) {
            Path target = wanted;
            String name = wanted.getFileName().toString();
            int dot = name.lastIndexOf('.');
            for (int n = 2; ; n++) {
                Integer owner = claimed.get(target.toAbsolutePath().normalize());
                boolean onDisk = options.existing() == ExistingResults.KEEP_BOTH && Files.exists(target);
                if ((owner == null || owner == index) && !onDisk) {
                    break;
                }
                target = wanted.resolveSibling(name.substring(0, dot) + " (" + n + ")" + name.substring(dot));
            }
            claimed.put(target.toAbsolutePath().normalize(), index);
            return target;
        }
    }

    /** A result for this photo is already in its output folder (in either format the engines make). */
    private boolean alreadyDone(BatchPlan.Job job) {
        return Stream.of(ImageFormat.JPEG, ImageFormat.PNG).anyMatch(format -> Files.exists(job.outputDir().resolve(
                BatchPlan.outputName(options.namePattern(), job.input(), format.extension(), options.presetName(), parameters))));
    }

    private void report(int index, State state, String detail, Optional<Path> result, Optional<String> taskId,
                        Optional<String> requestId, Failure failure) {
        publish(new Report(index, jobs.get(index).input(), state, detail, result, taskId, requestId, failure, Optional.empty()));
    }

    /** A photo at a step of its job: the step as a value (for progress) and its label (for the detail column). */
    private void working(int index, JobStage stage, Optional<String> taskId) {
        publish(new Report(index, jobs.get(index).input(), State.WORKING, stage.label(), Optional.empty(), taskId,
                Optional.empty(), Failure.NONE, Optional.of(stage)));
    }

    private synchronized void publish(Report report) {
        reports.set(report.index(), report);
        listener.changed(report);
    }
}
