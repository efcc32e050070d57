package dev.facebeauty.jobs;

import dev.facebeauty.api.AilabClient;
import dev.facebeauty.api.ContractTestServer;
import dev.facebeauty.api.ContractTestServer.Fault;
import dev.facebeauty.api.ResultDownloader;
import dev.facebeauty.api.RetryPolicy;
import dev.facebeauty.engine.CloudEngine;
import dev.facebeauty.engine.EngineException;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.UploadPreparer;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
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
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BeautifyServiceTest {

    private static final RetryPolicy FAST = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(5));

    @TempDir
    Path home;
    private ContractTestServer server;
    private MutableClock clock;
    private Path photoFile;

    @BeforeEach
    void setUp() throws Exception {
        server = new ContractTestServer().progress(0, 0);
        clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
        photoFile = home.resolve("portrait.jpg");
        Files.write(photoFile, TestImages.jpeg(TestImages.portrait(300, 360)));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /** The network dies after the upload: every poll fails (each poll is retried, and several polls are tolerated). */
    private void failEveryPoll() {
        for (int i = 0; i < FAST.maxAttempts() * dev.facebeauty.engine.CloudEngine.DOUBTFUL_ANSWERS; i++) {
            server.failQuery(Fault.raw(503, "down"));
        }
    }

    /** A job the service accepted (and billed) whose polls all fail: it stays journaled as waiting. */
    private void paidButNeverAnswered(BeautifyService service, PreparedUpload upload, BeautyParameters params) {
        failEveryPoll();
        assertThrows(EngineException.class, () -> service.beautify(photoFile, upload, params, engine(), ProgressListener.NONE));
        assertEquals(JournalEntry.State.SUBMITTED, service.journal().all().getLast().state());
    }

    private BeautifyService service() {
        return new BeautifyService(new ImageDecoder(), new UploadPreparer(ApiImageLimits.FACE_BEAUTY_PRO),
                TaskJournal.open(home.resolve("data/journal.json"), clock.instant()), new ResultStore(home.resolve("data/results")),
                new ResultCache(home.resolve("data/cache"), ResultCache.DEFAULT_MAX_BYTES), clock);
    }

    private CloudEngine engine() {
        AilabClient client = new AilabClient(AilabClient.newHttpClient(Duration.ofSeconds(2)), server.baseUrl(),
                ContractTestServer.VALID_KEY, FAST, new InstantSleeper(), Duration.ofSeconds(5));
        ResultDownloader downloader = new ResultDownloader(ResultDownloader.newHttpClient(Duration.ofSeconds(2)),
                ResultDownloader.DEFAULT_MAX_BYTES, Duration.ofSeconds(5), FAST, new InstantSleeper());
        return new CloudEngine(client, downloader, Duration.ofSeconds(5), CloudEngine.TASK_LIFETIME, new InstantSleeper(clock), clock);
    }

    @Test
    void aFinishedJobIsJournaledAndItsResultKeptUntilSaved() throws Exception {
        BeautifyService service = service();
        PreparedUpload upload = service.prepare(service.open(photoFile));
        BeautyParameters params = new BeautyParameters(10, 0, 20, 30, 40, 50, Optional.of(FilterType.LOMO));
        JobOutcome outcome = service.beautify(photoFile, upload, params, engine(), ProgressListener.NONE);

        String id = outcome.taskId().orElseThrow();
        Path kept = outcome.keptFile().orElseThrow();
        assertTrue(Files.isRegularFile(kept));
        JournalEntry entry = service.journal().get(id).orElseThrow();
        assertEquals(JournalEntry.State.DOWNLOADED, entry.state());
        assertEquals(params, entry.parameters());
        assertEquals(photoFile.toAbsolutePath().toString(), entry.source());

        // Another start of the app sees the unsaved result.
        List<RecoveredResult> recovered = service().recover(Optional.empty(), ProgressListener.NONE);
        assertEquals(1, recovered.size());
        assertEquals(kept, recovered.getFirst().resultFile());

        Path saved = photoFile.resolveSibling("saved.jpg");
        Files.copy(kept, saved);
        service.markSaved(id, saved);
        assertFalse(Files.exists(kept), "the kept copy goes once saved");
        JournalEntry after = service().journal().get(id).orElseThrow();
        assertEquals(JournalEntry.State.SAVED, after.state());
        assertEquals(saved.toAbsolutePath().toString(), after.savedTo(), "the history knows where it went");
        assertTrue(service().recover(Optional.empty(), ProgressListener.NONE).isEmpty());

        // Deleting it from the history forgets the job but never touches the user's file.
        assertTrue(service.delete(id));
        assertTrue(service().journal().get(id).isEmpty());
        assertTrue(Files.isRegularFile(saved));
    }

    @Test
    void aJobWhoseResultWasNotFetchedIsFetchedOnTheNextStart() throws Exception {
        BeautifyService service = service();
        PreparedUpload upload = service.prepare(service.open(photoFile));
        failEveryPoll();
        EngineException e = assertThrows(EngineException.class,
                () -> service.beautify(photoFile, upload, BeautyParameters.defaults(), engine(), ProgressListener.NONE));
        String id = service.journal().all().getFirst().taskId();
        assertEquals(JournalEntry.State.SUBMITTED, service.journal().get(id).orElseThrow().state(),
                "a transient failure keeps the job for later: " + e.userMessage());

        clock.advance(Duration.ofHours(3));
        List<RecoveredResult> recovered = service().recover(Optional.of(engine()), ProgressListener.NONE);
        assertEquals(1, recovered.size());
        assertEquals(id, recovered.getFirst().entry().taskId());
        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(Files.readAllBytes(recovered.getFirst().resultFile())).orElseThrow());
        assertEquals(1, server.submits().size(), "recovering never submits again");
    }

    @Test
    void runningTheSamePhotoAgainAfterTheProcessDiedWaitsForTheTaskAlreadyPaidFor() throws Exception {
        BeautifyService first = service();
        PreparedUpload upload = first.prepare(first.open(photoFile));
        BeautyParameters params = new BeautyParameters(30, 20, 0, 0, 0, 0, Optional.empty());
        paidButNeverAnswered(first, upload, params);
        assertEquals(1, server.submits().size());

        // A new process (a re-run of the command line, the app after a crash): the same photo and settings.
        BeautifyService again = service();
        List<String> announced = new java.util.ArrayList<>();
        JobOutcome outcome = again.beautify(photoFile, again.prepare(again.open(photoFile)), params, engine(), new ProgressListener() {
            @Override
            public void stage(dev.facebeauty.engine.JobStage stage) {
            }

            @Override
            public void submitted(String taskId) {
                announced.add(taskId);
            }
        });
        assertEquals(1, server.submits().size(), "waited for the accepted task instead of paying again");
        String id = again.journal().all().getFirst().taskId();
        assertEquals(List.of(id), announced, "the earlier task id is shown");
        assertTrue(outcome.result().note().orElseThrow().contains("no credits spent again"), outcome.result().note().orElseThrow());
        assertEquals(JournalEntry.State.DOWNLOADED, again.journal().get(id).orElseThrow().state());

        // And from now on the cache answers, with no request at all.
        long queries = server.queries();
        again.beautify(photoFile, upload, params, engine(), ProgressListener.NONE);
        assertEquals(queries, server.queries());
        assertEquals(1, server.submits().size());
    }

    @Test
    void identicalPhotosWorkedOnAtTheSameTimeArePaidOnce() throws Exception {
        server.progress(3, 3);
        BeautifyService service = service();
        PreparedUpload upload = service.prepare(service.open(photoFile));
        BeautyParameters params = new BeautyParameters(40, 40, 0, 0, 0, 0, Optional.empty());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<JobOutcome>> jobs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                jobs.add(pool.submit(() -> service.beautify(photoFile, upload, params, engine(), ProgressListener.NONE)));
            }
            byte[] first = jobs.getFirst().get().result().bytes();
            for (var job : jobs) {
                assertArrayEquals(first, job.get().result().bytes());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, server.submits().size(), "four copies of one photo, one paid task");
    }

    @Test
    void aResultFetchedByCheckNowIsNeverPaidForAgain() throws Exception {
        BeautifyService service = service();
        PreparedUpload upload = service.prepare(service.open(photoFile));
        BeautyParameters params = new BeautyParameters(10, 60, 0, 0, 0, 0, Optional.empty());
        paidButNeverAnswered(service, upload, params);
        String id = service.journal().all().getFirst().taskId();
        assertTrue(service.checkNow(id, engine(), ProgressListener.NONE).isPresent());
        long queries = server.queries();
        JobOutcome outcome = service.beautify(photoFile, upload, params, engine(), ProgressListener.NONE);
        assertTrue(outcome.result().engineName().contains("no credits spent"), outcome.result().engineName());
        assertEquals(1, server.submits().size());
        assertEquals(queries, server.queries(), "answered from the cache");
    }

    @Test
    void anUploadThatMayHaveBeenChargedHoldsThePhotoBackUntilTheUserDecides() throws Exception {
        BeautifyService service = service();
        PreparedUpload upload = service.prepare(service.open(photoFile));
        BeautyParameters params = new BeautyParameters(5, 5, 0, 0, 0, 0, Optional.empty());
        server.failSubmit(Fault.raw(502, "<html>Bad gateway</html>"));
        EngineException first = assertThrows(EngineException.class,
                () -> service.beautify(photoFile, upload, params, engine(), ProgressListener.NONE));
        assertTrue(first.userMessage().contains("may have reached the service and been charged"), first.userMessage());
        JournalEntry held = service.journal().all().getFirst();
        assertEquals(JournalEntry.State.UNCONFIRMED, held.state());
        assertEquals(1, server.submits().size());

        EngineException again = assertThrows(EngineException.class,
                () -> service().beautify(photoFile, upload, params, engine(), ProgressListener.NONE));
        assertTrue(again.userMessage().contains("not sent again on its own"), again.userMessage());
        assertEquals(1, server.submits().size(), "a re-run does not pay a second time without asking");

        assertEquals(1, service().releaseUnconfirmed());
        assertTrue(service().beautify(photoFile, upload, params, engine(), ProgressListener.NONE).result().bytes().length > 0);
        assertEquals(2, server.submits().size(), "sent again once the user said so");
    }

    @Test
    void jobsOlderThanTheResultLifetimeAreMarkedExpired() throws Exception {
        BeautifyService service = service();
        service.journal().add(JournalEntry.submitted("old-task", photoFile.toString(), clock.instant(), BeautyParameters.defaults()));
        clock.advance(Duration.ofHours(25));
        assertTrue(service().recover(Optional.of(engine()), ProgressListener.NONE).isEmpty());
        JournalEntry entry = service().journal().get("old-task").orElseThrow();
        assertEquals(JournalEntry.State.FAILED, entry.state());
        assertTrue(entry.message().contains("expired"));
        assertEquals(0, server.queries());
    }

    @Test
    void aRefusedJobIsJournaledAsFailed() throws Exception {
        BeautifyService service = service();
        PreparedUpload upload = service.prepare(service.open(photoFile));
        server.failQuery(Fault.error(422, "ERROR_NO_FACE_IN_FILE", "pic not has face"));
        assertThrows(EngineException.class,
                () -> service.beautify(photoFile, upload, BeautyParameters.defaults(), engine(), ProgressListener.NONE));
        JournalEntry entry = service.journal().all().getFirst();
        assertEquals(JournalEntry.State.FAILED, entry.state());
        assertEquals("No face found in this photo.", entry.message());
    }

    @Test
    void aDamagedJournalIsSetAsideNotFatal() throws Exception {
        Path journalFile = home.resolve("data/journal.json");
        Files.createDirectories(journalFile.getParent());
        Files.writeString(journalFile, "{ this is not json");
        TaskJournal journal = TaskJournal.open(journalFile, clock.instant());
        assertTrue(journal.all().isEmpty());
        try (var files = Files.list(journalFile.getParent())) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("journal.json.damaged-")));
        }
    }

    @Test
    void savingConvertsOnlyWhenTheFormatDiffers() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.portrait(200, 200));
        Path same = home.resolve("out.jpg");
        ResultSaver.save(jpeg, ImageFormat.JPEG, same, ImageFormat.JPEG, 0.9f);
        assertTrue(java.util.Arrays.equals(jpeg, Files.readAllBytes(same)), "downloaded bytes saved unchanged");

        Path png = home.resolve("out.png");
        ResultSaver.save(jpeg, ImageFormat.JPEG, png, ResultSaver.formatForName("out.png", ImageFormat.JPEG), 0.9f);
        assertEquals(ImageFormat.PNG, ImageFormat.sniff(Files.readAllBytes(png)).orElseThrow());
        assertEquals(200, new ImageDecoder().read(png).width());
    }

    @Test
    void theSamePhotoWithTheSameSettingsIsNeverPaidForTwice() throws Exception {
        BeautifyService service = service();
        PreparedUpload upload = service.prepare(service.open(photoFile));
        BeautyParameters params = new BeautyParameters(10, 0, 20, 30, 40, 50, Optional.of(FilterType.LOMO));
        JobOutcome first = service.beautify(photoFile, upload, params, engine(), ProgressListener.NONE);
        assertEquals(1, server.submits().size());

        JobOutcome again = service.beautify(photoFile, upload, params, engine(), ProgressListener.NONE);
        assertEquals(1, server.submits().size(), "the second run came from the cache");
        assertArrayEquals(first.result().bytes(), again.result().bytes());
        assertTrue(again.result().engineName().contains("no credits spent"), again.result().engineName());

        service.beautify(photoFile, upload, params.withFilter(FilterType.WARM), engine(), ProgressListener.NONE);
        assertEquals(2, server.submits().size(), "other settings are another job");

        BeautifyService restarted = service();
        restarted.beautify(photoFile, upload, params, engine(), ProgressListener.NONE);
        assertEquals(2, server.submits().size(), "the cache outlives the session");
    }

    @Test
    void theCacheKeyNamesServiceSettingsAndBytes() {
        BeautyParameters p = BeautyParameters.defaults();
        byte[] photo = {1, 2, 3};
        String key = ResultCache.key("face-beauty-pro@https://www.ailabapi.com", p, photo);
        assertEquals(key, ResultCache.key("face-beauty-pro@https://www.ailabapi.com", p, photo.clone()));
        assertNotEquals(key, ResultCache.key("face-beauty-pro@http://127.0.0.1:8787", p, photo));
        assertNotEquals(key, ResultCache.key("face-beauty-pro@https://www.ailabapi.com", p.withFilter(FilterType.PINK), photo));
        assertNotEquals(key, ResultCache.key("face-beauty-pro@https://www.ailabapi.com", p, new byte[]{1, 2, 4}));
    }

    @Test
    void theCacheForgetsTheLeastRecentlyUsedBeyondItsSize() throws Exception {
        ResultCache cache = new ResultCache(home.resolve("small-cache"), 250);
        cache.put("a", new byte[100], ImageFormat.JPEG);
        Files.setLastModifiedTime(home.resolve("small-cache/a.jpg"), java.nio.file.attribute.FileTime.fromMillis(1000));
        cache.put("b", new byte[100], ImageFormat.JPEG);
        Files.setLastModifiedTime(home.resolve("small-cache/b.jpg"), java.nio.file.attribute.FileTime.fromMillis(2000));
        cache.put("c", new byte[100], ImageFormat.PNG);
        assertTrue(cache.find("a").isEmpty(), "the oldest went");
        assertTrue(cache.find("b").isPresent());
        assertEquals(ImageFormat.PNG, cache.find("c").orElseThrow().format());
    }
}
