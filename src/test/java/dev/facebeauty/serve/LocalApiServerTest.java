package dev.facebeauty.serve;

import dev.facebeauty.api.AilabClient;
import dev.facebeauty.api.ApiErrorException;
import dev.facebeauty.api.ImageUpload;
import dev.facebeauty.api.ResultDownloader;
import dev.facebeauty.api.RetryPolicy;
import dev.facebeauty.api.Sleeper;
import dev.facebeauty.engine.BeautyResult;
import dev.facebeauty.engine.CloudEngine;
import dev.facebeauty.engine.EngineException;
import dev.facebeauty.engine.LocalEngine;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's own cloud client and engine against the local server: the same API, with real processing. */
class LocalApiServerTest {

    private static final String KEY = "local-test-key";
    private static final RetryPolicy FAST = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(5));
    private LocalApiServer server;
    private final HttpClient http = AilabClient.newHttpClient(Duration.ofSeconds(5));

    @BeforeEach
    void start() throws Exception {
        FaceAnalyzer faces = new FaceAnalyzer();
        server = LocalApiServer.start(0, KEY, new LocalEngine(new ImageDecoder(), faces), faces);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AilabClient client(String key) {
        return new AilabClient(http, URI.create(server.baseUrl()), key, FAST, Sleeper.REAL, Duration.ofSeconds(30));
    }

    private CloudEngine cloudEngineOnLoopback() {
        ResultDownloader downloader = new ResultDownloader(http, ResultDownloader.DEFAULT_MAX_BYTES, Duration.ofSeconds(10), FAST, Sleeper.REAL);
        return new CloudEngine(client(KEY), downloader, Duration.ofSeconds(1), Duration.ofMinutes(2), Sleeper.REAL, Clock.systemUTC());
    }

    @Test
    void listensOnLoopbackOnlyAndMakesKeysThatDiffer() {
        assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"));
        assertNotEquals(LocalApiServer.newKey(), LocalApiServer.newKey());
        assertEquals(32, LocalApiServer.newKey().length());
    }

    @Test
    void theCloudEngineGetsARealRetouchFromIt() throws Exception {
        byte[] astronaut = Files.readAllBytes(Fixtures.photo("astronaut.png"));
        PreparedUpload upload = new PreparedUpload(astronaut, ImageFormat.PNG, 512, 512, List.of());
        BeautyParameters parameters = BeautyParameters.defaults().withFilter(FilterType.SUNNY_DAY);
        BeautyResult result = cloudEngineOnLoopback().beautify(upload, parameters, ProgressListener.NONE);

        assertTrue(result.taskId().isPresent());
        BufferedImage out = new ImageDecoder().decode(result.bytes()).image();
        BufferedImage in = new ImageDecoder().decode(astronaut).image();
        assertEquals(512, out.getWidth());
        long changed = 0;
        for (int y = 0; y < 512; y += 4) {
            for (int x = 0; x < 512; x += 4) {
                changed += in.getRGB(x, y) != out.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(changed > 10_000, "the result is retouched (" + changed + " of 16384 samples differ)");
    }

    @Test
    void refusesWhatTheCloudRefusesWithItsCodes() throws Exception {
        byte[] astronaut = Files.readAllBytes(Fixtures.photo("astronaut.png"));
        ImageUpload image = new ImageUpload(astronaut, "image.png", "image/png");
        ApiErrorException wrongKey = assertThrows(ApiErrorException.class,
                () -> client("not-the-key").submit(image, BeautyParameters.defaults()));
        assertEquals("ERROR_APPLICATIONS_NOT_EXISTS", wrongKey.code());

        byte[] cat = Files.readAllBytes(Fixtures.photo("chelsea.png"));
        ApiErrorException noFace = assertThrows(ApiErrorException.class,
                () -> client(KEY).submit(new ImageUpload(cat, "image.png", "image/png"), BeautyParameters.defaults()));
        assertEquals("ERROR_NO_FACE_IN_FILE", noFace.code());

        ApiErrorException unknownTask = assertThrows(ApiErrorException.class, () -> client(KEY).query("no-such-task"));
        assertEquals("ERROR_RESOURCE_NOT_FOUND", unknownTask.code());
    }

    @Test
    void aNoFaceRefusalReachesTheEngineAsAServiceError() throws Exception {
        byte[] coffee = Files.readAllBytes(Fixtures.photo("coffee.png"));
        PreparedUpload upload = new PreparedUpload(coffee, ImageFormat.PNG, 600, 400, List.of());
        EngineException e = assertThrows(EngineException.class,
                () -> cloudEngineOnLoopback().beautify(upload, BeautyParameters.defaults(), ProgressListener.NONE));
        assertEquals(EngineException.Category.SERVICE, e.category());
        assertEquals(Optional.of("ERROR_NO_FACE_IN_FILE"), e.apiError().map(ApiErrorException::code));
    }

    @Test
    void clientsThatSendAByteAndWaitDoNotStopItAnsweringOthers() throws Exception {
        List<java.net.Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port());
                socket.getOutputStream().write('P');
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            // A whole request (header and body) still gets its answer at once.
            ApiErrorException unknown = assertThrows(ApiErrorException.class, () -> client(KEY).query("no-such-task"));
            assertEquals("ERROR_RESOURCE_NOT_FOUND", unknown.code());
        } finally {
            for (java.net.Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void everyAcceptedTaskIsKeptUntilItIsFetchedEvenAfterHundredsMore() throws Exception {
        java.awt.image.BufferedImage astronaut = javax.imageio.ImageIO.read(Fixtures.photo("astronaut.png").toFile());
        byte[] small = dev.facebeauty.testing.TestImages.jpeg(
                dev.facebeauty.imaging.RgbImage.of(astronaut).resize(256, 256).toBufferedImage());
        AilabClient client = client(KEY);
        ImageUpload image = new ImageUpload(small, "image.jpg", "image/jpeg");
        String first = client.submit(image, BeautyParameters.defaults());
        for (int i = 0; i < 300; i++) {
            client.submit(image, BeautyParameters.defaults());
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        dev.facebeauty.api.TaskState state = client.query(first);
        while (!(state instanceof dev.facebeauty.api.TaskState.Done) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            state = client.query(first);
        }
        dev.facebeauty.api.TaskState.Done done = (dev.facebeauty.api.TaskState.Done) state;
        byte[] result = new ResultDownloader(http, ResultDownloader.DEFAULT_MAX_BYTES, Duration.ofSeconds(10), FAST, Sleeper.REAL)
                .download(done.resultUrl());
        assertEquals(256, new ImageDecoder().decode(result).width(), "the first of 301 tasks is still there to fetch");
    }
}
