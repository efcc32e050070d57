package dev.facebeauty.api;

import dev.facebeauty.model.ApiAddress;
import dev.facebeauty.text.Text;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches a finished result from its temporary address: never with the API key, https only (plain http only on
 * loopback, for local servers) — every redirect held to the same rule —, with a size cap, a timeout for the answer, a
 * floor on the speed of the body (a download that stalls or trickles is cut off and retried) and a few retries
 * (result hosts stall).
 */
public final class ResultDownloader {

    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** The slowest a result may arrive, on average, once the first seconds are past: a stall or a trickle is cut off. */
    static final long MIN_BYTES_PER_SECOND = 16 * 1024;
    /** The first seconds of a body, when slow starts are forgiven. */
    static final Duration GRACE = Duration.ofSeconds(10);
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final long maxBytes;
    private final Duration attemptTimeout;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Duration grace;

    public ResultDownloader(HttpClient http, long maxBytes, Duration attemptTimeout, RetryPolicy retry, Sleeper sleeper) {
        this(http, maxBytes, attemptTimeout, retry, sleeper, GRACE);
    }

    ResultDownloader(HttpClient http, long maxBytes, Duration attemptTimeout, RetryPolicy retry, Sleeper sleeper, Duration grace) {
        this.grace = grace;
        this.http = http;
        this.maxBytes = maxBytes;
        this.attemptTimeout = attemptTimeout;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    public static HttpClient newHttpClient(Duration connectTimeout) {
        // Redirects are followed by hand, so that each new address is checked like the first one.
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public byte[] download(URI url) throws ApiException, InterruptedException {
        requireAllowed(url);
        return retry.run(() -> attempt(url), sleeper);
    }

    static void requireAllowed(URI url) throws ApiProtocolException {
        if (!ApiAddress.isAllowed(url)) {
            throw new ApiProtocolException("refused result URL " + url.getScheme() + "://" + url.getHost(),
                    Text.get("download.notSecure"),
                    false);
        }
    }

    private byte[] attempt(URI first) throws ApiException, InterruptedException {
        URI url = first;
        try {
            HttpResponse<InputStream> response = null;
            for (int hop = 0; ; hop++) {
                HttpRequest request = HttpRequest.newBuilder(url).timeout(attemptTimeout).GET().build();
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status / 100 != 3 || status == 304) {
                    break;
                }
                response.body().close();
                java.util.Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty() || hop >= MAX_REDIRECTS) {
                    throw new ApiProtocolException("result download redirected " + status + " without end",
                            Text.get("download.redirectLoop"), true);
                }
                url = url.resolve(location.get());
                requireAllowed(url);
            }
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status != 200) {
                    boolean transientFailure = status == 429 || status >= 500;
                    throw new ApiProtocolException("result download HTTP " + status,
                            transientFailure
                                    ? Text.get("download.serverError", String.valueOf(status))
                                    : Text.get("download.gone", String.valueOf(status)),
                            transientFailure);
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw tooLarge(declared);
                }
                byte[] bytes = readWithSpeedFloor(body);
                if (bytes.length > maxBytes) {
                    throw tooLarge(bytes.length);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw ApiTransportException.of("result download from " + url.getHost(), e);
        }
    }

    /**
     * Reads the body up to the cap, while a watchdog cuts it off (closing the stream, which ends a blocked read) when
     * nothing arrives for the attempt's timeout, or when, after the first seconds, it arrives slower than
     * {@link #MIN_BYTES_PER_SECOND} on average: a result host that stalls after its headers or sends 10 bytes a second
     * must not hold the job forever.
     */
    private byte[] readWithSpeedFloor(InputStream body) throws IOException {
        long start = System.nanoTime();
        java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong lastProgress = new java.util.concurrent.atomic.AtomicLong(start);
        java.util.concurrent.atomic.AtomicReference<String> cutOff = new java.util.concurrent.atomic.AtomicReference<>();
        Thread watchdog = Thread.ofVirtual().name("download-watchdog").start(() -> {
            try {
                while (cutOff.get() == null) {
                    Thread.sleep(250);
                    long now = System.nanoTime();
                    double seconds = (now - start) / 1e9;
                    if (now - lastProgress.get() > attemptTimeout.toNanos()) {
                        cutOff.set("nothing arrived for " + attemptTimeout.toSeconds() + " s");
                    } else if (seconds > grace.toMillis() / 1000.0 && received.get() / seconds < MIN_BYTES_PER_SECOND) {
                        cutOff.set("arriving at " + Math.round(received.get() / seconds) + " bytes/s");
                    } else {
                        continue;
                    }
                    body.close();
                }
            } catch (InterruptedException | IOException done) {
                // the download finished (or failed) first
            }
        });
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            while (out.size() <= maxBytes) {
                int n = body.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - out.size()));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                received.addAndGet(n);
                lastProgress.set(System.nanoTime());
            }
        } catch (IOException e) {
            if (cutOff.get() != null) {
                throw new java.net.http.HttpTimeoutException("result download cut off: " + cutOff.get());
            }
            throw e;
        } finally {
            cutOff.compareAndSet(null, "done");
            watchdog.interrupt();
        }
        return out.toByteArray();
    }

    private ApiProtocolException tooLarge(long size) {
        return new ApiProtocolException("result of " + size + " bytes exceeds cap " + maxBytes,
                Text.get("download.tooLarge", size / (1024 * 1024)),
                false);
    }
}
