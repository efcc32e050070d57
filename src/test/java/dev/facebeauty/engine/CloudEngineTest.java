package dev.facebeauty.engine;

import dev.facebeauty.api.AilabClient;
import dev.facebeauty.api.ContractTestServer;
import dev.facebeauty.api.ContractTestServer.Fault;
import dev.facebeauty.api.ResultDownloader;
import dev.facebeauty.api.RetryPolicy;
import dev.facebeauty.api.Sleeper;
import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.UploadPreparer;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.testing.InstantSleeper;
import dev.facebeauty.testing.MutableClock;
import dev.facebeauty.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CloudEngineTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(10));

    private ContractTestServer server;
    private MutableClock clock;
    private InstantSleeper sleeper;
    private PreparedUpload photo;

    @BeforeEach
    void setUp() throws Exception {
        server = new ContractTestServer();
        clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
        sleeper = new InstantSleeper(clock);
        photo = new UploadPreparer(ApiImageLimits.FACE_BEAUTY_PRO)
                .prepare(new ImageDecoder().decode(TestImages.jpeg(TestImages.portrait(300, 360))));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CloudEngine engine(Sleeper pollSleeper, Duration maxWait) {
        return engine(pollSleeper, maxWait, Duration.ofSeconds(5));
    }

    private CloudEngine engine(Sleeper pollSleeper, Duration maxWait, Duration pollInterval) {
        AilabClient client = new AilabClient(AilabClient.newHttpClient(Duration.ofSeconds(2)), server.baseUrl(),
                ContractTestServer.VALID_KEY, FAST, new InstantSleeper(), Duration.ofSeconds(5));
        ResultDownloader downloader = new ResultDownloader(ResultDownloader.newHttpClient(Duration.ofSeconds(2)),
                ResultDownloader.DEFAULT_MAX_BYTES, Duration.ofSeconds(5), FAST, new InstantSleeper());
        return new CloudEngine(client, downloader, pollInterval, maxWait, pollSleeper, clock);
    }

    @Test
    void submitsPollsAndDownloadsAResultThatDiffersFromTheInput() throws Exception {
        server.progress(2, 1);
        List<JobStage> stages = new CopyOnWriteArrayList<>();
        String[] submitted = new String[1];
        BeautyResult result = engine(sleeper, CloudEngine.TASK_LIFETIME).beautify(photo, BeautyParameters.defaults(),
                new ProgressListener() {
                    @Override
                    public void stage(JobStage stage) {
                        stages.add(stage);
                    }

                    @Override
                    public void submitted(String taskId) {
                        submitted[0] = taskId;
                    }
                });

        assertEquals(List.of(JobStage.UPLOADING, JobStage.QUEUED, JobStage.PROCESSING, JobStage.DOWNLOADING, JobStage.DONE), stages);
        assertEquals(submitted[0], result.taskId().orElseThrow());
        assertEquals(4, server.queries());
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5)), sleeper.waits());
        assertEquals(EngineKind.CLOUD.displayName(), result.engineName());
        BufferedImage in = new ImageDecoder().decode(photo.bytes()).image();
        BufferedImage out = new ImageDecoder().decode(result.bytes()).image();
        assertEquals(in.getWidth(), out.getWidth());
        assertNotEquals(in.getRGB(150, 180), out.getRGB(150, 180), "the result is retouched, not the input");
        assertEquals(0, server.keyLeaks());
    }

    @Test
    void sniffsTheResultFormatFromItsBytes() throws Exception {
        server.progress(0, 0).resultAsPng(true);
        BeautyResult result = engine(sleeper, CloudEngine.TASK_LIFETIME).beautify(photo, BeautyParameters.defaults(), ProgressListener.NONE);
        assertEquals(ImageFormat.PNG, result.format(), "PNG bytes behind a .jpg URL");
    }

    @Test
    void anErrorAnswerToAPollEndsTheTaskWithItsSentence() {
        server.progress(1, 0).failQuery(Fault.error(422, "ERROR_FACE_NOT_FACING_FORWARD", "pose"));
        EngineException e = assertThrows(EngineException.class,
                () -> engine(sleeper, CloudEngine.TASK_LIFETIME).beautify(photo, BeautyParameters.defaults(), ProgressListener.NONE));
        assertEquals(EngineException.Category.SERVICE, e.category());
        assertEquals("The face must look towards the camera.", e.userMessage());
        assertEquals("ERROR_FACE_NOT_FACING_FORWARD", e.apiError().orElseThrow().code());
        assertEquals(1, server.queries());
    }

    @Test
    void serverErrorsOnAPollAreRetriedAndThePollGoesOn() throws Exception {
        server.progress(0, 0).failQuery(Fault.error(500, "SERVICE_INTERNAL_ERROR", "x"), Fault.raw(502, "<html/>"));
        BeautyResult result = engine(sleeper, CloudEngine.TASK_LIFETIME).beautify(photo, BeautyParameters.defaults(), ProgressListener.NONE);
        assertTrue(result.bytes().length > 0);
        assertEquals(3, server.queries());
    }

    @Test
    void unusableAnswersAboutAPaidTaskDoNotEndItAndThePollGoesOn() throws Exception {
        server.progress(0, 0).failQuery(Fault.raw(200, "{\"error_code\": 0, \"task_status\":"),
                Fault.raw(200, "{\"error_code\": 0, \"task_status\": 7}"),
                Fault.error(401, "ERROR_APPLICATIONS_NOT_EXISTS", "hiccup"), Fault.raw(302, ""));
        BeautyResult result = engine(sleeper, CloudEngine.TASK_LIFETIME).beautify(photo, BeautyParameters.defaults(), ProgressListener.NONE);
        assertTrue(result.bytes().length > 0, "the result arrives after a truncated answer, an unknown state, a 401 and a 302");
        assertEquals(1, server.submits().size(), "paid once");
        assertEquals(5, server.queries());
    }

    @Test
    void manyUnusableAnswersInARowStopTheWaitButKeepTheJob() {
        Fault[] garbage = new Fault[CloudEngine.DOUBTFUL_ANSWERS];
        java.util.Arrays.fill(garbage, Fault.raw(200, "<html>maintenance</html>"));
        server.progress(0, 0).failQuery(garbage);
        EngineException e = assertThrows(EngineException.class,
                () -> engine(sleeper, CloudEngine.TASK_LIFETIME).beautify(photo, BeautyParameters.defaults(), ProgressListener.NONE));
        assertTrue(e.mayStillFinish(), "journaled as waiting, never as failed");
        assertTrue(e.userMessage().contains("could not be used " + CloudEngine.DOUBTFUL_ANSWERS + " times in a row"), e.userMessage());
        assertTrue(e.userMessage().contains("kept as waiting"), e.userMessage());
        assertEquals(CloudEngine.DOUBTFUL_ANSWERS, server.queries());
    }

    @Test
    void theServiceSayingTheTaskIsGoneEndsIt() {
        server.progress(1, 0).failQuery(Fault.error(404, "ERROR_CONTENT_NOT_FOUND", "gone"));
        EngineException e = assertThrows(EngineException.class,
                () -> engine(sleeper, CloudEngine.TASK_LIFETIME).beautify(photo, BeautyParameters.defaults(), ProgressListener.NONE));
        assertTrue(!e.mayStillFinish(), "a definite answer about the task");
        assertEquals(1, server.queries());
    }

    @Test
    void aFailedTaskIsReportedAsSuch() {
        server.taskStatusAlways(3);
        EngineException e = assertThrows(EngineException.class,
                () -> engine(sleeper, CloudEngine.TASK_LIFETIME).beautify(photo, BeautyParameters.defaults(), ProgressListener.NONE));
        assertTrue(e.userMessage().startsWith("The service could not retouch this photo"));
    }

    @Test
    void stopsPollingWhenTheTaskNeverFinishes() {
        server.taskStatusAlways(1);
        EngineException e = assertThrows(EngineException.class,
                () -> engine(sleeper, Duration.ofMinutes(2)).beautify(photo, BeautyParameters.defaults(), ProgressListener.NONE));
        assertEquals(EngineException.Category.NETWORK, e.category());
        assertTrue(e.userMessage().contains("within 2 minutes"), e.userMessage());
        assertTrue(server.queries() >= 20 && server.queries() <= 25, "polled every 5 s for 2 minutes: " + server.queries());
    }

    @Test
    void neverPollsForLongerThanTheResultLifetime() {
        server.taskStatusAlways(0);
        EngineException e = assertThrows(EngineException.class,
                () -> engine(sleeper, Duration.ofDays(3), Duration.ofHours(1)).beautify(photo, BeautyParameters.defaults(), ProgressListener.NONE));
        assertTrue(e.userMessage().contains("24 hours"), e.userMessage());
        assertEquals(24, server.queries(), "hourly polls for 24 hours, not 3 days");
    }

    @Test
    void anInterruptStopsPollingAtOnce() throws Exception {
        server.taskStatusAlways(1);
        CountDownLatch polling = new CountDownLatch(1);
        Sleeper realSleeper = d -> {
            polling.countDown();
            Thread.sleep(d.toMillis());
        };
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().start(() -> {
            try {
                engine(realSleeper, CloudEngine.TASK_LIFETIME).beautify(photo, BeautyParameters.defaults(), ProgressListener.NONE);
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        assertTrue(polling.await(10, TimeUnit.SECONDS), "the engine started waiting between polls");
        worker.interrupt();
        Throwable thrown = outcome.get(5, TimeUnit.SECONDS);
        assertTrue(thrown instanceof InterruptedException, String.valueOf(thrown));
        // The polling thread itself has ended: nothing is left that could ask the server again.
        worker.join(5_000);
        assertTrue(!worker.isAlive(), "the polling thread ended with the interrupt, so no polling after cancel");
    }
}
