package dev.facebeauty.api;

import dev.facebeauty.api.ContractTestServer.Fault;
import dev.facebeauty.testing.InstantSleeper;
import dev.facebeauty.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultDownloaderTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(10));
    private ContractTestServer server;
    private URI resultUrl;

    @BeforeEach
    void finishOneTask() throws Exception {
        server = new ContractTestServer().progress(0, 0);
        AilabClient client = new AilabClient(AilabClient.newHttpClient(Duration.ofSeconds(2)), server.baseUrl(),
                ContractTestServer.VALID_KEY, FAST, new InstantSleeper(), Duration.ofSeconds(5));
        String id = client.submit(new ImageUpload(TestImages.jpeg(TestImages.portrait(200, 240)), "image.jpg", "image/jpeg"),
                BeautyParameters.defaults());
        resultUrl = assertInstanceOf(TaskState.Done.class, client.query(id)).resultUrl();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ResultDownloader downloader(long cap) {
        return new ResultDownloader(ResultDownloader.newHttpClient(Duration.ofSeconds(2)), cap, Duration.ofSeconds(5),
                FAST, new InstantSleeper());
    }

    @Test
    void downloadsWithoutTheApiKey() throws Exception {
        byte[] bytes = downloader(ResultDownloader.DEFAULT_MAX_BYTES).download(resultUrl);
        assertEquals(0xFF, bytes[0] & 0xFF);
        assertEquals(1, server.downloads());
        assertEquals(0, server.keyLeaks());
    }

    @Test
    void retriesAStallingResultHost() throws Exception {
        server.failDownload(Fault.raw(503, "busy"), Fault.raw(500, "oops"));
        assertTrue(downloader(ResultDownloader.DEFAULT_MAX_BYTES).download(resultUrl).length > 100);
        assertEquals(1, server.downloads());
    }

    @Test
    void anExpiredResultIsNotRetried() {
        server.failDownload(Fault.raw(404, "gone"), Fault.raw(404, "gone"));
        ApiProtocolException e = assertThrows(ApiProtocolException.class,
                () -> downloader(ResultDownloader.DEFAULT_MAX_BYTES).download(resultUrl));
        assertFalse(e.retryable());
        assertTrue(e.userMessage().contains("24 hours"));
    }

    @Test
    void refusesResultsOverTheSizeCap() {
        ApiProtocolException e = assertThrows(ApiProtocolException.class, () -> downloader(100).download(resultUrl));
        assertTrue(e.userMessage().contains("unexpectedly large"));
    }

    @Test
    void refusesPlainHttpExceptOnLoopback() {
        assertThrows(ApiProtocolException.class, () -> ResultDownloader.requireAllowed(URI.create("http://example.com/a.jpg")));
        assertThrows(ApiProtocolException.class, () -> ResultDownloader.requireAllowed(URI.create("ftp://127.0.0.1/a.jpg")));
        assertThrows(ApiProtocolException.class, () -> ResultDownloader.requireAllowed(URI.create("http://127.0.0.1.evil.com/a.jpg")));
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> {
            ResultDownloader.requireAllowed(URI.create("https://ailab-outputs.example/a.jpg"));
            ResultDownloader.requireAllowed(URI.create("http://127.0.0.1:8080/a.jpg"));
            ResultDownloader.requireAllowed(URI.create("http://[::1]:8080/a.jpg"));
            ResultDownloader.requireAllowed(URI.create("http://localhost/a.jpg"));
        });
    }
}
