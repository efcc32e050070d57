package dev.facebeauty.jobs;

import dev.facebeauty.api.AilabClient;
import dev.facebeauty.api.ResultDownloader;
import dev.facebeauty.api.RetryPolicy;
import dev.facebeauty.api.Sleeper;
import dev.facebeauty.engine.CloudEngine;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/** Builds the cloud engine and its client the same way for the window and the command line. */
public final class CloudEngines {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Made on first use: each client starts a selector thread, which a run of the built-in engine never needs, and a
     * thread waiting in native code held every command-line exit up by 0.3 s (the JVM waits for such threads).
     */
    private HttpClient apiHttp;
    private HttpClient downloadHttp;
    private final RetryPolicy retry;

    public CloudEngines() {
        this(RetryPolicy.STANDARD);
    }

    /** With another retry policy (tests use a quick one). */
    public CloudEngines(RetryPolicy retry) {
        this.retry = retry;
    }

    public AilabClient client(URI baseUrl, String apiKey) {
        return new AilabClient(apiHttp(), baseUrl, apiKey, retry, Sleeper.REAL, REQUEST_TIMEOUT);
    }

    public CloudEngine engine(URI baseUrl, String apiKey, Duration pollInterval) {
        ResultDownloader downloader = new ResultDownloader(downloadHttp(), ResultDownloader.DEFAULT_MAX_BYTES,
                DOWNLOAD_TIMEOUT, retry, Sleeper.REAL);
        return new CloudEngine(client(baseUrl, apiKey), downloader, pollInterval, CloudEngine.TASK_LIFETIME,
                Sleeper.REAL, Clock.systemUTC());
    }

    private synchronized HttpClient apiHttp() {
        if (apiHttp == null) {
            apiHttp = AilabClient.newHttpClient(CONNECT_TIMEOUT);
        }
        return apiHttp;
    }

    private synchronized HttpClient downloadHttp() {
        if (downloadHttp == null) {
            downloadHttp = ResultDownloader.newHttpClient(CONNECT_TIMEOUT);
        }
        return downloadHttp;
    }

    /**
     * Stops the clients made so far, for a process about to exit: their selector threads end at once instead of
     * holding the exit up. Requests still in flight fail; only the command line calls this, after its last job.
     */
    public synchronized void close() {
        for (HttpClient client : new HttpClient[]{apiHttp, downloadHttp}) {
            if (client != null) {
                client.shutdownNow();
                try {
                    client.awaitTermination(Duration.ofSeconds(1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
