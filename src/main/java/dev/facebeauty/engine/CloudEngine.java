package dev.facebeauty.engine;

import dev.facebeauty.api.AilabClient;
import dev.facebeauty.api.ApiErrorException;
import dev.facebeauty.api.ApiException;
import dev.facebeauty.api.ApiProtocolException;
import dev.facebeauty.api.ImageUpload;
import dev.facebeauty.api.ResultDownloader;
import dev.facebeauty.api.Sleeper;
import dev.facebeauty.api.TaskState;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.ServiceTerms;
import dev.facebeauty.text.Text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Face Beauty Pro in the cloud: submit, poll until done, download the result. */
public final class CloudEngine implements BeautyEngine {

    /** The service keeps a task's result for 24 hours; polling longer is pointless. */
    public static final Duration TASK_LIFETIME = ServiceTerms.TASK_LIFETIME;
    public static final Duration MIN_POLL_INTERVAL = ServiceTerms.MIN_POLL_INTERVAL;
    public static final Duration DEFAULT_POLL_INTERVAL = ServiceTerms.DEFAULT_POLL_INTERVAL;
    /**
     * How many unusable answers in a row (unreadable, an unknown state, a refused key, a redirect, no connection)
     * polling a paid task tolerates before it stops waiting; the task then stays journaled as waiting, never failed.
     */
    public static final int DOUBTFUL_ANSWERS = 5;
    private static final System.Logger LOG = System.getLogger(CloudEngine.class.getName());

    private final AilabClient client;
    private final ResultDownloader downloader;
    private final Duration pollInterval;
    private final Duration maxWait;
    private final Sleeper sleeper;
    private final Clock clock;

    /**
     * @param pollInterval time between queries; raised to {@link #MIN_POLL_INTERVAL} if lower
     * @param maxWait      how long after submission to keep polling; at most {@link #TASK_LIFETIME}
     */
    public CloudEngine(AilabClient client, ResultDownloader downloader, Duration pollInterval, Duration maxWait,
                       Sleeper sleeper, Clock clock) {
        this.client = client;
        this.downloader = downloader;
        this.pollInterval = pollInterval.compareTo(MIN_POLL_INTERVAL) < 0 ? MIN_POLL_INTERVAL : pollInterval;
        this.maxWait = maxWait.compareTo(TASK_LIFETIME) > 0 ? TASK_LIFETIME : maxWait;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public String displayName() {
        return EngineKind.CLOUD.displayName();
    }

    @Override
    public Optional<String> paidServiceScope() {
        return Optional.of("face-beauty-pro@" + client.baseUrl());
    }

    @Override
    public BeautyResult beautify(PreparedUpload image, BeautyParameters parameters, ProgressListener listener)
            throws EngineException, InterruptedException {
        Submitted task = submit(image, parameters, listener);
        listener.submitted(task.taskId());
        if (task.cancelled()) {
            throw new InterruptedException("cancelled once the service had accepted task " + task.taskId());
        }
        return awaitResult(task.taskId(), task.at(), listener);
    }

    /**
     * A task the service accepted: its id, when, and whether the caller was cancelled while waiting for the answer
     * (the task exists and is paid for all the same: journal it, then stop).
     */
    public record Submitted(String taskId, Instant at, boolean cancelled) {
    }

    /**
     * Uploads the photo and returns the task the service created. A submit in flight is never abandoned: once the
     * upload may have created a paid task, a cancel waits for the answer, so the task id can be journaled (and the task
     * fetched later) rather than lost and paid again; the cancel is then reported in {@link Submitted#cancelled()}.
     */
    public Submitted submit(PreparedUpload image, BeautyParameters parameters, ProgressListener listener)
            throws EngineException {
        listener.stage(JobStage.UPLOADING);
        Instant submittedAt = clock.instant();
        java.util.concurrent.FutureTask<String> submit = new java.util.concurrent.FutureTask<>(() ->
                client.submit(new ImageUpload(image.bytes(), image.fileName(), image.format().mimeType()), parameters));
        Thread.ofVirtual().name("submit").start(submit);
        boolean cancelled = false;
        while (true) {
            try {
                return new Submitted(submit.get(), submittedAt, cancelled);
            } catch (InterruptedException e) {
                cancelled = true;
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof ApiException api) {
                    throw EngineException.from(api);
                }
                throw new EngineException(EngineException.Category.NETWORK, Text.get("cloud.uploadInterrupted"), e.getCause());
            }
        }
    }

    /**
     * Asks once about a task (the user's "Check now" for a job nobody is waiting on) and downloads its result when
     * it is done; empty while the service is still working on it, with that stage reported to {@code listener}.
     */
    public Optional<BeautyResult> checkOnce(String taskId, ProgressListener listener) throws EngineException, InterruptedException {
        try {
            TaskState state;
            try {
                state = client.query(taskId);
            } catch (ApiException e) {
                if (isDefinite(e)) {
                    throw e;
                }
                throw stillWaiting(taskId, 1, e);
            }
            switch (state) {
                case TaskState.Done done -> {
                    return Optional.of(download(taskId, done, listener));
                }
                case TaskState.Failed failed -> throw new EngineException(EngineException.Category.SERVICE,
                        Text.get("cloud.failed", failed.reason()), null);
                case TaskState.Queued q -> listener.stage(JobStage.QUEUED);
                case TaskState.Processing p -> listener.stage(JobStage.PROCESSING);
            }
            return Optional.empty();
        } catch (ApiException e) {
            throw EngineException.from(e);
        }
    }

    private BeautyResult download(String taskId, TaskState.Done done, ProgressListener listener) throws ApiException, InterruptedException {
        listener.stage(JobStage.DOWNLOADING);
        byte[] bytes = downloader.download(done.resultUrl());
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new ApiProtocolException(
                "result is not an image (" + bytes.length + " bytes)",
                Text.get("cloud.notAnImage"), false));
        listener.stage(JobStage.DONE);
        return new BeautyResult(bytes, format, displayName(), Optional.of(taskId));
    }

    /** Polls a task submitted earlier (possibly by a previous run of the app) and downloads its result. */
    public BeautyResult awaitResult(String taskId, Instant submittedAt, ProgressListener listener)
            throws EngineException, InterruptedException {
        Instant giveUpAt = submittedAt.plus(maxWait);
        JobStage shown = null;
        int doubtful = 0;
        try {
            while (true) {
                TaskState state;
                try {
                    state = client.query(taskId);
                    doubtful = 0;
                } catch (ApiException e) {
                    if (isDefinite(e)) {
                        throw e;
                    }
                    // The task was paid for and may well finish: one bad answer does not end it.
                    doubtful++;
                    LOG.log(System.Logger.Level.WARNING, "Unusable answer {0} of {1} about task {2}: {3}", doubtful,
                            DOUBTFUL_ANSWERS, taskId, e.getMessage());
                    if (doubtful >= DOUBTFUL_ANSWERS || !clock.instant().plus(pollInterval).isBefore(giveUpAt)) {
                        throw stillWaiting(taskId, doubtful, e);
                    }
                    sleeper.sleep(pollInterval);
                    continue;
                }
                switch (state) {
                    case TaskState.Done done -> {
                        return download(taskId, done, listener);
                    }
                    case TaskState.Failed failed -> throw new EngineException(EngineException.Category.SERVICE,
                            Text.get("cloud.failed", failed.reason()), null);
                    case TaskState.Queued q -> shown = report(listener, shown, JobStage.QUEUED);
                    case TaskState.Processing p -> shown = report(listener, shown, JobStage.PROCESSING);
                }
                if (!clock.instant().plus(pollInterval).isBefore(giveUpAt)) {
                    throw new EngineException(EngineException.Category.NETWORK,
                            Text.get("cloud.gaveUp", describe(maxWait)), null);
                }
                sleeper.sleep(pollInterval);
            }
        } catch (ApiException e) {
            throw EngineException.from(e);
        }
    }

    /**
     * An answer that settles the task's fate: the service's own error about the task or the request (gone, expired,
     * stopped, refused). Everything else while polling a known task — an unreadable or unknown answer, a refused key,
     * throttling, a server fault, no connection — says nothing about the task itself.
     */
    static boolean isDefinite(ApiException e) {
        return e instanceof ApiErrorException api && switch (api.kind()) {
            case TASK, PARAMETER, CREDITS, FILE, FACE -> true;
            case KEY, RATE_LIMIT, TRANSIENT, OTHER -> false;
        };
    }

    /** The job may still finish: kept as waiting, with what happened and what comes next. */
    private static EngineException stillWaiting(String taskId, int answers, ApiException last) {
        return new EngineException(EngineException.Category.NETWORK,
                Text.get("cloud.stillWaiting", taskId, answers, last.userMessage()), last);
    }

    private static JobStage report(ProgressListener listener, JobStage shown, JobStage now) {
        if (shown != now) {
            listener.stage(now);
        }
        return now;
    }

    private static String describe(Duration d) {
        if (d.toHours() >= 1) {
            return Text.get("duration.hours", d.toHours());
        }
        if (d.toMinutes() >= 1) {
            return Text.get("duration.minutes", d.toMinutes());
        }
        return Text.get("duration.seconds", d.toSeconds());
    }
}
