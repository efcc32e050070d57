package dev.facebeauty.api;

import dev.facebeauty.api.ContractTestServer.Fault;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.testing.InstantSleeper;
import dev.facebeauty.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AilabClientTest {

    private static final ImageUpload PORTRAIT =
            new ImageUpload(TestImages.jpeg(TestImages.portrait(320, 400)), "image.jpg", "image/jpeg");
    private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30));

    private ContractTestServer server;
    private InstantSleeper sleeper;

    @BeforeEach
    void start() throws Exception {
        server = new ContractTestServer();
        sleeper = new InstantSleeper();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AilabClient client(String key) {
        return client(key, server.baseUrl(), Duration.ofSeconds(5));
    }

    private AilabClient client(String key, URI base, Duration timeout) {
        return new AilabClient(AilabClient.newHttpClient(Duration.ofSeconds(2)), base, key, FAST, sleeper, timeout);
    }

    @Test
    void submitSendsAllSixParametersIncludingZeroAndNoFilterWhenNoneIsChosen() throws Exception {
        BeautyParameters p = new BeautyParameters(0, 10, 20, 30, 40, 0, Optional.empty());
        String taskId = client(ContractTestServer.VALID_KEY).submit(PORTRAIT, p);

        assertFalse(taskId.isBlank());
        ContractTestServer.Seen seen = server.submits().getFirst();
        assertEquals(Map.of("task_type", "async", "whitening", "0", "smoothing", "10", "thinface", "20",
                "shrink_face", "30", "enlarge_eye", "40", "remove_eyebrow", "0"), seen.fields());
        assertEquals("image.jpg", seen.fileName());
        assertEquals("image/jpeg", seen.fileContentType());
        assertEquals(PORTRAIT.bytes().length, seen.fileBytes());
    }

    @Test
    void submitSendsTheFilterAsItsNumber() throws Exception {
        client(ContractTestServer.VALID_KEY).submit(PORTRAIT, BeautyParameters.defaults().withFilter(FilterType.PRAGUE));
        assertEquals("31", server.submits().getFirst().fields().get("filter_type"));
    }

    @Test
    void aWrongKeyIsAKeyErrorWithItsSentenceAndIsNeverRetried() {
        ApiErrorException e = assertThrows(ApiErrorException.class,
                () -> client("wrong-key").submit(PORTRAIT, BeautyParameters.defaults()));

        assertEquals(401, e.httpStatus());
        assertEquals("ERROR_APPLICATIONS_NOT_EXISTS", e.code());
        assertEquals(ErrorKind.KEY, e.kind());
        assertEquals("The API key is not valid — open Settings and check it.", e.userMessage());
        assertFalse(e.requestId().isEmpty());
        assertFalse(e.logId().isEmpty());
        assertEquals(1, server.submits().size());
    }

    @Test
    void creditAndFaceErrorsAreFinal() {
        server.failSubmit(Fault.error(429, "ERROR_NOT_ENOUGH_CREDITS", "balance 0"));
        ApiErrorException credits = assertThrows(ApiErrorException.class,
                () -> client(ContractTestServer.VALID_KEY).submit(PORTRAIT, BeautyParameters.defaults()));
        assertEquals(ErrorKind.CREDITS, credits.kind());
        assertEquals(1, server.submits().size(), "credits errors are not retried despite HTTP 429");

        ImageUpload flat = new ImageUpload(TestImages.jpeg(TestImages.flat(200, 200, java.awt.Color.GRAY)), "image.jpg", "image/jpeg");
        ApiErrorException face = assertThrows(ApiErrorException.class,
                () -> client(ContractTestServer.VALID_KEY).submit(flat, BeautyParameters.defaults()));
        assertEquals("No face found in this photo.", face.userMessage());
        assertEquals("pic not has face", face.detailMessage());
    }

    @Test
    void fileErrorsFromTheStrictServerAreReported() {
        ImageUpload mislabelled = new ImageUpload(PORTRAIT.bytes(), "image.png", "image/png");
        ApiErrorException e = assertThrows(ApiErrorException.class,
                () -> client(ContractTestServer.VALID_KEY).submit(mislabelled, BeautyParameters.defaults()));
        assertEquals("AI_SERVICE_INTERNAL_ERROR", e.code());

        ImageUpload tiny = new ImageUpload(TestImages.png(TestImages.portrait(40, 40)), "image.png", "image/png");
        ApiErrorException low = assertThrows(ApiErrorException.class,
                () -> client(ContractTestServer.VALID_KEY).submit(tiny, BeautyParameters.defaults()));
        assertEquals(ErrorKind.FILE, low.kind());
        assertTrue(low.userMessage().contains("48 pixels"), low.userMessage());
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedWithBackoffUntilTheyRecover() throws Exception {
        server.failSubmit(Fault.error(429, "EXCEEDING_LIMITS", "slow down"),
                Fault.error(503, "ERROR_INSUFFICIENT_RESOURCES", "busy"),
                Fault.error(502, "AI_SERVICE_ERROR", "upstream"));
        String taskId = client(ContractTestServer.VALID_KEY).submit(PORTRAIT, BeautyParameters.defaults());

        assertFalse(taskId.isBlank());
        assertEquals(4, server.submits().size());
        List<Duration> waits = sleeper.waits();
        assertEquals(3, waits.size());
        assertTrue(waits.get(2).compareTo(waits.get(0)) > 0 || waits.get(2).toMillis() >= 200,
                "backoff grows: " + waits);
    }

    @Test
    void persistentServerErrorsGiveUpAfterTheAttemptLimit() {
        for (int i = 0; i < 10; i++) {
            server.failSubmit(Fault.error(500, "SERVICE_INTERNAL_ERROR", "down"));
        }
        ApiErrorException e = assertThrows(ApiErrorException.class,
                () -> client(ContractTestServer.VALID_KEY).submit(PORTRAIT, BeautyParameters.defaults()));
        assertEquals(ErrorKind.TRANSIENT, e.kind());
        assertEquals(FAST.maxAttempts(), server.submits().size());
    }

    @Test
    void aGatewayPageOrTimeoutOnSubmitIsNeverSentAgainAndTheUserIsToldItMayBeCharged() {
        for (Fault gateway : new Fault[]{Fault.raw(502, "<html>Bad gateway</html>"), Fault.raw(504, ""),
                Fault.error(502, "ERROR_GATEWAY", "gateway")}) {
            int before = server.submits().size();
            server.failSubmit(gateway);
            ApiUncertainSubmitException e = assertThrows(ApiUncertainSubmitException.class,
                    () -> client(ContractTestServer.VALID_KEY).submit(PORTRAIT, BeautyParameters.defaults()));
            assertEquals(before + 1, server.submits().size(), "one submit: the first may have created a billed task");
            assertTrue(e.userMessage().contains("may have reached the service and been charged"), e.userMessage());
            assertTrue(e.userMessage().contains("It was not sent again"), e.userMessage());
            assertFalse(e.retryable());
        }
    }

    @Test
    void retryAfterIsWaitedOutOrTheRequestIsGivenUpAtOnce() throws Exception {
        server.failSubmit(new Fault(429, dev.facebeauty.serve.ApiReplies.envelope(429, "EXCEEDING_LIMITS", "slow").toString(), 0, "3"));
        client(ContractTestServer.VALID_KEY).submit(PORTRAIT, BeautyParameters.defaults());
        assertEquals(List.of(Duration.ofSeconds(3)), sleeper.waits(), "the server's 3 s, not a shorter backoff");
        server.failSubmit(new Fault(429, dev.facebeauty.serve.ApiReplies.envelope(429, "EXCEEDING_LIMITS", "slow").toString(), 0, "120"));
        ApiErrorException e = assertThrows(ApiErrorException.class,
                () -> client(ContractTestServer.VALID_KEY).submit(PORTRAIT, BeautyParameters.defaults()));
        assertEquals(Optional.of(Duration.ofSeconds(120)), e.retryAfter());
        assertEquals(1, sleeper.waits().size(), "120 s is past the 30 s deadline: given up, not asked again early");
        assertEquals(Optional.of(Duration.ofSeconds(20)), AilabClient.retryAfter("20"));
        assertEquals(Optional.empty(), AilabClient.retryAfter("soon"));
    }

    @Test
    void aBodyThatIsNotJsonIsAProtocolError() {
        server.failSubmit(Fault.raw(200, "<html>hello</html>"));
        ApiProtocolException e = assertThrows(ApiProtocolException.class,
                () -> client(ContractTestServer.VALID_KEY).submit(PORTRAIT, BeautyParameters.defaults()));
        assertTrue(e.userMessage().contains("could not read"));
        assertEquals(1, server.submits().size());
    }

    @Test
    void anErrorInsideAn200BodyIsStillAnError() {
        server.failSubmit(Fault.raw(200, dev.facebeauty.serve.ApiReplies.envelope(200, "ERROR_NO_FACE_IN_FILE", "no face").toString()));
        ApiErrorException e = assertThrows(ApiErrorException.class,
                () -> client(ContractTestServer.VALID_KEY).submit(PORTRAIT, BeautyParameters.defaults()));
        assertEquals("ERROR_NO_FACE_IN_FILE", e.code());
    }

    @Test
    void aSubmitThatTimesOutIsNotRepeatedBecauseTheFirstMayHaveCreatedABilledTask() {
        server.failSubmit(Fault.delay(1500), Fault.delay(1500));
        AilabClient slow = client(ContractTestServer.VALID_KEY, server.baseUrl(), Duration.ofMillis(300));
        ApiUncertainSubmitException uncertain = assertThrows(ApiUncertainSubmitException.class,
                () -> slow.submit(PORTRAIT, BeautyParameters.defaults()));
        ApiTransportException e = (ApiTransportException) uncertain.getCause();
        assertEquals(ApiTransportException.Reason.TIMEOUT, e.reason());
        assertTrue(e.mayHaveReachedServer());
        assertTrue(uncertain.userMessage().contains("did not answer in time"));
        assertEquals(List.of(), sleeper.waits(), "no second submit");
    }

    @Test
    void aQueryThatTimesOutIsAskedAgain() throws Exception {
        AilabClient slow = client(ContractTestServer.VALID_KEY, server.baseUrl(), Duration.ofMillis(300));
        String id = slow.submit(PORTRAIT, BeautyParameters.defaults());
        server.failQuery(Fault.delay(1500));
        assertInstanceOf(TaskState.class, slow.query(id));
        assertEquals(1, sleeper.waits().size(), "one retry after the timeout");
    }

    @Test
    void aSubmitThatCouldNotConnectIsRepeated() throws Exception {
        AilabClient dead = clientOfADeadServer();
        ApiTransportException e = assertThrows(ApiTransportException.class,
                () -> dead.submit(PORTRAIT, BeautyParameters.defaults()));
        assertEquals(ApiTransportException.Reason.UNREACHABLE, e.reason());
        assertEquals(FAST.maxAttempts(), sleeper.waits().size() + 1, "nothing reached a server, so submitting again is safe");
    }

    /** A client aimed at a loopback port nobody listens on. */
    private AilabClient clientOfADeadServer() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        return client(ContractTestServer.VALID_KEY, URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(2));
    }

    @Test
    void aDeadServerIsAConnectionError() throws Exception {
        AilabClient dead = clientOfADeadServer();
        ApiTransportException e = assertThrows(ApiTransportException.class, () -> dead.credits());
        assertEquals(ApiTransportException.Reason.UNREACHABLE, e.reason());
        assertEquals(FAST.maxAttempts(), sleeper.waits().size() + 1, "connection errors are retried");
    }

    @Test
    void queryFollowsTheTaskFromQueuedToDoneWithTheDocumentedTopLevelUrl() throws Exception {
        server.progress(1, 2);
        AilabClient client = client(ContractTestServer.VALID_KEY);
        String id = client.submit(PORTRAIT, BeautyParameters.defaults());

        assertInstanceOf(TaskState.Queued.class, client.query(id));
        assertInstanceOf(TaskState.Processing.class, client.query(id));
        assertInstanceOf(TaskState.Processing.class, client.query(id));
        TaskState.Done done = assertInstanceOf(TaskState.Done.class, client.query(id));
        assertTrue(done.resultUrl().getPath().startsWith("/results/"));
    }

    @Test
    void queryReadsTheResultUnderDataToo() throws Exception {
        for (ContractTestServer.ResultShape shape : List.of(ContractTestServer.ResultShape.DATA_RESULT_URL,
                ContractTestServer.ResultShape.DATA_IMAGE_URL)) {
            server.progress(0, 0).shape(shape);
            AilabClient client = client(ContractTestServer.VALID_KEY);
            String id = client.submit(PORTRAIT, BeautyParameters.defaults());
            assertInstanceOf(TaskState.Done.class, client.query(id), shape.name());
        }
    }

    @Test
    void doneWithoutAUrlAndUnknownStatusesAreClearFailures() throws Exception {
        server.progress(0, 0).shape(ContractTestServer.ResultShape.DONE_WITHOUT_URL);
        AilabClient client = client(ContractTestServer.VALID_KEY);
        String id = client.submit(PORTRAIT, BeautyParameters.defaults());
        ApiProtocolException noUrl = assertThrows(ApiProtocolException.class, () -> client.query(id));
        assertTrue(noUrl.userMessage().contains("no result"));

        server.shape(ContractTestServer.ResultShape.TOP_LEVEL_RESULT_URL).taskStatusAlways(7);
        ApiProtocolException unknown = assertThrows(ApiProtocolException.class, () -> client.query(id));
        assertTrue(unknown.userMessage().contains("(7)"));

        server.taskStatusAlways(3);
        assertInstanceOf(TaskState.Failed.class, client.query(id));
    }

    @Test
    void anUnknownTaskIsATaskError() {
        ApiErrorException e = assertThrows(ApiErrorException.class,
                () -> client(ContractTestServer.VALID_KEY).query("1714743372764.fb8fd68b-7f0e-1485-d003-32ee0f854a92"));
        assertEquals(ErrorKind.TASK, e.kind());
        assertTrue(e.userMessage().contains("24 hours"));
    }

    @Test
    void creditsListsThePools() throws Exception {
        server.creditBalance(4321.5);
        List<CreditBalance> pools = client(ContractTestServer.VALID_KEY).credits();
        assertEquals(2, pools.size());
        CreditBalance common = pools.stream().filter(CreditBalance::usableForFaceBeauty).findFirst().orElseThrow();
        assertEquals(4321.5, common.balance());
    }

    @Test
    void theKeyNeverReachesALogRecord() throws Exception {
        java.util.List<String> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                records.add(new java.util.logging.SimpleFormatter().format(r));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level before = root.getLevel();
        root.setLevel(java.util.logging.Level.ALL);
        capture.setLevel(java.util.logging.Level.ALL);
        root.addHandler(capture);
        try {
            String id = client(ContractTestServer.VALID_KEY).submit(PORTRAIT, BeautyParameters.defaults());
            client(ContractTestServer.VALID_KEY).query(id);
            assertThrows(ApiErrorException.class, () -> client("wrong-key-secret").submit(PORTRAIT, BeautyParameters.defaults()));
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        assertTrue(records.size() >= 2, "the client does log: " + records);
        records.forEach(r -> {
            assertFalse(r.contains(ContractTestServer.VALID_KEY), r);
            assertFalse(r.contains("wrong-key-secret"), r);
        });
    }

    @Test
    void refusesToBeBuiltWithoutAKey() {
        assertThrows(IllegalArgumentException.class, () -> client(" "));
    }
}
