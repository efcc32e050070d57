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

    private final HttpClient apiHttp = AilabClient.newHttpClient(CONNECT_TIMEOUT);
    private final HttpClient downloadHttp = ResultDownloader.newHttpClient(CONNECT_TIMEOUT);
    private final RetryPolicy retry;

    public CloudEngines() {
        this(RetryPolicy.STANDARD);
    }

    /** With another retry policy (tests use a quick one). */
    public CloudEngines(RetryPolicy retry) {
        this.retry = retry;
    }

    public AilabClient client(URI baseUrl, String apiKey) {
        return new AilabClient(apiHttp, baseUrl, apiKey, retry, Sleeper.REAL, REQUEST_TIMEOUT);
    }

    public CloudEngine engine(URI baseUrl, String apiKey, Duration pollInterval) {
        ResultDownloader downloader = new ResultDownloader(downloadHttp, ResultDownloader.DEFAULT_MAX_BYTES,
                DOWNLOAD_TIMEOUT, retry, Sleeper.REAL);
        return new CloudEngine(client(baseUrl, apiKey), downloader, pollInterval, CloudEngine.TASK_LIFETIME,
                Sleeper.REAL, Clock.systemUTC());
    }
}
