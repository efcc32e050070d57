package dev.facebeauty.jobs;

import dev.facebeauty.api.AilabClient;
import dev.facebeauty.api.ContractTestServer;
import dev.facebeauty.api.ContractTestServer.Fault;
import dev.facebeauty.api.ResultDownloader;
import dev.facebeauty.api.RetryPolicy;
import dev.facebeauty.engine.CloudEngine;
import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.UploadPreparer;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.serve.ApiReplies;
import dev.facebeauty.testing.InstantSleeper;
import dev.facebeauty.testing.MutableClock;
import dev.facebeauty.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Money and data safety under faults: a batch of distinct photos against the contract server with scripted faults
 * before and after the task is created, throttling with Retry-After, unreadable and unknown answers while polling, a
 * refused key, redirects and failing downloads — run, and run again as a new process would, until nothing changes.
 * Every photo is paid for exactly once; every photo whose task's answer arrived is saved exactly once; a photo whose
 * upload may have been charged without an answer is held back with a sentence, never paid twice.
 */
class FaultSoakTest {

    private static final int PHOTOS = 40;
    private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(30));

    @TempDir
    Path home;
    private ContractTestServer server;
    private MutableClock clock;

    @BeforeEach
    void setUp() throws Exception {
        server = new ContractTestServer().progress(1, 1);
        clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /** What a fresh process of the app or the command line would build: a new service over the same data folder. */
    private BeautifyService freshService() {
        return new BeautifyService(new ImageDecoder(), new UploadPreparer(ApiImageLimits.FACE_BEAUTY_PRO),
                TaskJournal.open(home.resolve("data/journal.json"), clock.instant()), new ResultStore(home.resolve("data/results")),
                new ResultCache(home.resolve("data/cache"), ResultCache.DEFAULT_MAX_BYTES), clock);
    }

    private CloudEngine engine() {
        InstantSleeper sleeper = new InstantSleeper(clock);
        AilabClient client = new AilabClient(AilabClient.newHttpClient(Duration.ofSeconds(2)), server.baseUrl(),
                ContractTestServer.VALID_KEY, POLICY, sleeper, Duration.ofSeconds(5));
        ResultDownloader downloader = new ResultDownloader(ResultDownloader.newHttpClient(Duration.ofSeconds(2)),
                ResultDownloader.DEFAULT_MAX_BYTES, Duration.ofSeconds(5), POLICY, sleeper);
        return new CloudEngine(client, downloader, Duration.ofSeconds(5), CloudEngine.TASK_LIFETIME, sleeper, clock);
    }

    private List<BatchPlan.Job> photos(int n) throws Exception {
        List<BatchPlan.Job> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path photo = home.resolve("in/p" + i + ".jpg");
            Files.createDirectories(photo.getParent());
            Files.write(photo, TestImages.jpeg(TestImages.portrait(200 + 2 * i, 240)));
            jobs.add(new BatchPlan.Job(photo, home.resolve("out")));
        }
        return jobs;
    }

    private List<BatchRunner.Report> run(List<BatchPlan.Job> jobs) throws InterruptedException {
        BatchRunner runner = new BatchRunner(freshService(), engine(), BeautyParameters.firstStart(), new BatchRunner.Options(4,
                BatchPlan.DEFAULT_PATTERN, null, ExistingResults.SKIP, MetadataPolicy.FULL, 0.95f, OutputSize.FULL, Optional.empty()), report -> { });
        runner.start(jobs);
        runner.await();
        runner.shutdown();
        return runner.reports();
    }

    @Test
    void everyPhotoIsPaidOnceAndSavedOnceThroughFaultsAndReRuns() throws Exception {
        List<BatchPlan.Job> jobs = photos(PHOTOS);
        String throttled = ApiReplies.envelope(429, "EXCEEDING_LIMITS", "slow down").toString();
        // Refused before any task exists: retried.
        server.failSubmit(Fault.error(503, "ERROR_INSUFFICIENT_RESOURCES", "busy"), Fault.error(503, "ERROR_INSUFFICIENT_RESOURCES", "busy"),
                Fault.error(500, "SERVICE_INTERNAL_ERROR", "x"), new Fault(429, throttled, 0, "2"), new Fault(429, throttled, 0, "1"),
                Fault.error(502, "AI_SERVICE_ERROR", "upstream"));
        // The task is created and billed, then the answer is lost: never sent again on its own.
        server.failSubmitAfterCreating(Fault.raw(502, "<html>Bad gateway</html>"), Fault.raw(504, ""));
        // Polling a paid task: unreadable, unknown, a refused key, a redirect, server trouble.
        server.failQuery(Fault.raw(200, "{\"error_code\": 0, \"task_status\":"), Fault.raw(200, "<html>maintenance</html>"),
                Fault.raw(200, "{\"error_code\": 0, \"task_status\": 9}"), Fault.error(401, "ERROR_APPLICATIONS_NOT_EXISTS", "hiccup"),
                Fault.error(403, "ERROR_PERMISSION_DENIED", "hiccup"), Fault.raw(302, ""), Fault.raw(503, "down"),
                Fault.raw(503, "down"), Fault.error(500, "SERVICE_INTERNAL_ERROR", "x"));
        // The result host failing for a while.
        for (int i = 0; i < 6; i++) {
            server.failDownload(Fault.raw(503, "busy"));
        }
        int faults = 6 + 2 + 9 + 6;
        assertTrue(faults >= PHOTOS / 5, faults + " faults for " + PHOTOS + " photos");

        List<BatchRunner.Report> reports = run(jobs);
        long failedFirst = reports.stream().filter(r -> r.state() == BatchRunner.State.FAILED).count();
        int paidFirst = server.tasksCreated();
        // Always run again at least once, as a user finishing a batch would: saved photos are skipped, the held ones
        // are refused with their sentence, and nothing is paid again.
        reports = run(jobs);
        int runs = 2;
        for (int rerun = 0; rerun < 3 && reports.stream().anyMatch(r -> r.state() == BatchRunner.State.FAILED
                && !r.detail().contains("not sent again on its own") && !r.detail().contains("may have reached the service")); rerun++) {
            reports = run(jobs);
            runs++;
        }
        System.out.printf("soak: %d photos, %d faults, %d requests to submit, %d tasks paid after the first run and %d after "
                        + "%d runs, %d polls, %d not saved after the first run%n", PHOTOS, faults, server.submits().size(), paidFirst,
                server.tasksCreated(), runs, server.queries(), failedFirst);
        long finished = reports.stream().filter(r -> r.state() == BatchRunner.State.SKIPPED
                || r.state() == BatchRunner.State.DONE).count();
        assertEquals(PHOTOS - 2, finished, "on the last run every photo but the two held ones is saved or already there");
        assertTrue(server.submits().size() > PHOTOS, "the faults before creation were met and retried");

        assertEquals(PHOTOS, server.tasksCreated(), "every photo paid for exactly once, faults and re-runs included");
        List<BatchRunner.Report> held = reports.stream().filter(r -> r.state() == BatchRunner.State.FAILED).toList();
        assertEquals(2, held.size(), "the two uploads whose answer was lost after billing: " + held);
        held.forEach(r -> assertTrue(r.detail().contains("not sent again on its own")
                || r.detail().contains("may have reached the service"), r.detail()));
        try (Stream<Path> out = Files.list(home.resolve("out"))) {
            List<String> saved = out.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(PHOTOS - held.size(), saved.size(), "every other photo saved once: " + saved);
            assertTrue(saved.stream().noneMatch(name -> name.contains("(2)")), "no photo saved twice: " + saved);
        }
    }

    @Test
    void stoppingInTheMiddleOfPollingAndRunningAgainPaysNothingMore() throws Exception {
        List<BatchPlan.Job> jobs = photos(10);
        server.progress(2_000, 0);
        BatchRunner first = new BatchRunner(freshService(), engine(), BeautyParameters.firstStart(), new BatchRunner.Options(4,
                BatchPlan.DEFAULT_PATTERN, null, ExistingResults.SKIP, MetadataPolicy.FULL, 0.95f, OutputSize.FULL, Optional.empty()), report -> { });
        first.start(jobs);
        waitFor(() -> server.tasksCreated() >= 4);
        first.cancel(); // as Ctrl+C; the journal was written when each task was accepted, as it is before a kill -9
        first.await();
        first.shutdown();
        int paid = server.tasksCreated();

        server.progress(0, 0);
        List<BatchRunner.Report> again = run(jobs);
        assertTrue(again.stream().allMatch(r -> r.state() == BatchRunner.State.DONE), again.toString());
        assertEquals(10, server.tasksCreated(), "the " + paid + " tasks accepted before the stop were fetched, not paid again");
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
