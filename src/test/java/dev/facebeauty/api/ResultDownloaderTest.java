package dev.facebeauty.api;

import dev.facebeauty.api.ContractTestServer.Fault;
import dev.facebeauty.model.BeautyParameters;
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

    /** A result host of our own: answers with the given status and headers, then trickles or stalls the body. */
    private static com.sun.net.httpserver.HttpServer host(com.sun.net.httpserver.HttpHandler handler) throws Exception {
        com.sun.net.httpserver.HttpServer http = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", handler);
        http.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        http.start();
        return http;
    }

    private static URI at(com.sun.net.httpserver.HttpServer http, String path) {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + path);
    }

    @Test
    void aResultThatTricklesOrStallsAfterItsHeadersIsCutOffNotWaitedForForever() throws Exception {
        var http = host(ex -> {
            ex.sendResponseHeaders(200, 100_000);
            try (var out = ex.getResponseBody()) {
                boolean stall = ex.getRequestURI().getPath().contains("stall");
                for (int i = 0; i < 10_000; i++) {
                    if (!stall) {
                        out.write(new byte[10]); // 10 bytes at a time, a few times a second
                        out.flush();
                    }
                    Thread.sleep(200);
                }
            } catch (InterruptedException | java.io.IOException cutOff) {
                // the client went away, as it should
            }
        });
        try {
            ResultDownloader strict = new ResultDownloader(ResultDownloader.newHttpClient(Duration.ofSeconds(2)),
                    ResultDownloader.DEFAULT_MAX_BYTES, Duration.ofSeconds(1), new RetryPolicy(2, Duration.ofMillis(10),
                    Duration.ofMillis(10), Duration.ofSeconds(30)), new InstantSleeper(), Duration.ofSeconds(1));
            for (String path : new String[]{"/trickle.jpg", "/stall.jpg"}) {
                long start = System.nanoTime();
                ApiTransportException e = assertThrows(ApiTransportException.class, () -> strict.download(at(http, path)));
                double seconds = (System.nanoTime() - start) / 1e9;
                assertEquals(ApiTransportException.Reason.TIMEOUT, e.reason(), path);
                assertTrue(e.retryable(), "the job stays recoverable");
                assertTrue(seconds < 10, path + " gave up after " + seconds + " s, two attempts");
            }
        } finally {
            http.stop(0);
        }
    }

    @Test
    void redirectsAreHeldToTheSameRulesAsTheAddressItself() throws Exception {
        var http = host(ex -> {
            String path = ex.getRequestURI().getPath();
            if (path.equals("/away.jpg")) {
                ex.getResponseHeaders().set("Location", "http://203.0.113.7/result.jpg"); // plain http, not this computer
                ex.sendResponseHeaders(302, -1);
            } else if (path.equals("/moved.jpg")) {
                ex.getResponseHeaders().set("Location", "/here.jpg");
                ex.sendResponseHeaders(301, -1);
            } else {
                byte[] jpeg = TestImages.jpeg(TestImages.portrait(40, 40));
                ex.sendResponseHeaders(200, jpeg.length);
                ex.getResponseBody().write(jpeg);
            }
            ex.close();
        });
        try {
            ApiProtocolException refused = assertThrows(ApiProtocolException.class,
                    () -> downloader(ResultDownloader.DEFAULT_MAX_BYTES).download(at(http, "/away.jpg")));
            assertTrue(refused.userMessage().contains("not secure (https)"), refused.userMessage());
            assertEquals(0xFF, downloader(ResultDownloader.DEFAULT_MAX_BYTES).download(at(http, "/moved.jpg"))[0] & 0xFF,
                    "a redirect on the same loopback host is followed");
        } finally {
            http.stop(0);
        }
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
