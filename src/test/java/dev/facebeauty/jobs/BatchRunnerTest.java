package dev.facebeauty.jobs;

import dev.facebeauty.api.AilabClient;
import dev.facebeauty.api.ContractTestServer;
import dev.facebeauty.api.ResultDownloader;
import dev.facebeauty.api.RetryPolicy;
import dev.facebeauty.api.Sleeper;
import dev.facebeauty.engine.CloudEngine;
import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.UploadPreparer;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pause, cancel and retry of a batch against the contract server. */
class BatchRunnerTest {

    private static final RetryPolicy FAST = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(5));

    @TempDir
    Path home;
    private ContractTestServer server;
    private BeautifyService service;
    private final List<BatchRunner.Report> seen = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() throws Exception {
        server = new ContractTestServer().progress(0, 0);
        service = new BeautifyService(new ImageDecoder(), new UploadPreparer(ApiImageLimits.FACE_BEAUTY_PRO),
                TaskJournal.open(home.resolve("data/journal.json"), Clock.systemUTC().instant()),
                new ResultStore(home.resolve("data/results")), new ResultCache(home.resolve("data/cache"), ResultCache.DEFAULT_MAX_BYTES),
                Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CloudEngine engine() {
        AilabClient client = new AilabClient(AilabClient.newHttpClient(Duration.ofSeconds(2)), server.baseUrl(),
                ContractTestServer.VALID_KEY, FAST, Sleeper.REAL, Duration.ofSeconds(5));
        ResultDownloader downloader = new ResultDownloader(ResultDownloader.newHttpClient(Duration.ofSeconds(2)),
                ResultDownloader.DEFAULT_MAX_BYTES, Duration.ofSeconds(5), FAST, Sleeper.REAL);
        return new CloudEngine(client, downloader, Duration.ofSeconds(1), CloudEngine.TASK_LIFETIME, Sleeper.REAL, Clock.systemUTC());
    }

    private BatchRunner runner(int concurrency) {
        return new BatchRunner(service, engine(), BeautyParameters.defaults(), new BatchRunner.Options(concurrency,
                BatchPlan.DEFAULT_PATTERN, null, ExistingResults.SKIP, MetadataPolicy.FULL, 0.95f, OutputSize.FULL, Optional.empty()), seen::add);
    }

    private List<BatchPlan.Job> photos(int n) throws Exception {
        List<BatchPlan.Job> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path photo = home.resolve("in/p" + i + ".jpg");
            Files.createDirectories(photo.getParent());
            Files.write(photo, TestImages.jpeg(TestImages.portrait(200 + 2 * i, 240))); // distinct photos: each one a paid job
            jobs.add(new BatchPlan.Job(photo, home.resolve("out")));
        }
        return jobs;
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static long count(BatchRunner runner, BatchRunner.State state) {
        return runner.reports().stream().filter(r -> r.state() == state).count();
    }

    @Test
    void pausedPhotosWaitAndResumeFinishesThem() throws Exception {
        BatchRunner runner = runner(2);
        runner.pause();
        runner.start(photos(3));
        // Both workers have reached the pause gate (the third photo is queued behind them): nothing can start now.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (runner.heldByPause() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(2, runner.heldByPause(), "both workers wait at the pause");
        assertEquals(3, count(runner, BatchRunner.State.WAITING), "nothing starts while paused");
        assertEquals(0, server.submits().size());
        runner.resume();
        runner.await();
        assertEquals(3, count(runner, BatchRunner.State.DONE));
        assertTrue(Files.isRegularFile(home.resolve("out/p2_beauty.jpg")));
        runner.shutdown();
    }

    @Test
    void cancelStopsRunningJobsAtOnceAndKeepsThemJournaled() throws Exception {
        server.taskStatusAlways(1);
        BatchRunner runner = runner(2);
        runner.start(photos(4));
        waitFor("two jobs accepted and polled", () -> runner.reports().stream()
                .filter(r -> r.state() == BatchRunner.State.WORKING && r.taskId().isPresent()).count() == 2);
        runner.cancel();
        runner.await();
        assertEquals(4, count(runner, BatchRunner.State.CANCELLED));
        assertEquals(2, server.submits().size(), "the waiting photos were never sent");
        assertEquals(2, service.journal().pending(Clock.systemUTC().instant(), CloudEngine.TASK_LIFETIME).size(),
                "accepted jobs stay journaled, to be fetched later");

        // Retry after Cancel, as the batch window's "Retry failed" does: the accepted tasks are fetched, not paid again.
        server.taskStatusAlways(null);
        server.progress(0, 0);
        for (int i = 0; i < 4; i++) {
            runner.retry(i);
        }
        runner.await();
        assertEquals(4, count(runner, BatchRunner.State.DONE));
        assertEquals(4, server.submits().size(), "two new photos sent; the two accepted before Cancel not sent again");
        runner.shutdown();
    }

    @Test
    void aFailedPhotoCanBeTriedAgain() throws Exception {
        BatchRunner runner = runner(1);
        List<BatchPlan.Job> jobs = photos(1);
        Files.writeString(jobs.getFirst().input(), "not yet a photo");
        runner.start(jobs);
        runner.await();
        assertEquals(BatchRunner.State.FAILED, runner.reports().getFirst().state());
        assertEquals(BatchRunner.Failure.BAD_IMAGE, runner.reports().getFirst().failure());

        Files.write(jobs.getFirst().input(), TestImages.jpeg(TestImages.portrait(200, 240)));
        runner.retry(0);
        runner.await();
        assertEquals(BatchRunner.State.DONE, runner.reports().getFirst().state());
        assertTrue(runner.reports().getFirst().taskId().isPresent(), "the job's task_id is reported");
        runner.shutdown();
    }
}
