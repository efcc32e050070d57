package dev.facebeauty.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches a finished result from its temporary address: never with the API key, https only (plain http only on
 * loopback, for local servers), with a size cap, a timeout per attempt and a few retries (result hosts stall).
 */
public final class ResultDownloader {

    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final HttpClient http;
    private final long maxBytes;
    private final Duration attemptTimeout;
    private final RetryPolicy retry;
    private final Sleeper sleeper;

    public ResultDownloader(HttpClient http, long maxBytes, Duration attemptTimeout, RetryPolicy retry, Sleeper sleeper) {
        this.http = http;
        this.maxBytes = maxBytes;
        this.attemptTimeout = attemptTimeout;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    public static HttpClient newHttpClient(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public byte[] download(URI url) throws ApiException, InterruptedException {
        requireAllowed(url);
        return retry.run(() -> attempt(url), sleeper);
    }

    static void requireAllowed(URI url) throws ApiProtocolException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && isLoopback(url.getHost()));
        if (!allowed) {
            throw new ApiProtocolException("refused result URL " + url.getScheme() + "://" + url.getHost(),
                    "The service pointed to a result address that is not secure (https), so it was not downloaded.",
                    false);
        }
    }

    /** Whether {@code host} is this computer, judged from the literal only (a name is never resolved). */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        // Only IP literals: a name is never resolved here, so DNS cannot turn a remote host into "loopback".
        if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private byte[] attempt(URI url) throws ApiException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(attemptTimeout).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status != 200) {
                    boolean transientFailure = status == 429 || status >= 500;
                    throw new ApiProtocolException("result download HTTP " + status,
                            transientFailure
                                    ? "The result could not be downloaded (the file server answered " + status + ") — try again."
                                    : "The result is no longer available for download (HTTP " + status + "); results are kept 24 hours.",
                            transientFailure);
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw tooLarge(declared);
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw tooLarge(bytes.length);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw ApiTransportException.of("result download from " + url.getHost(), e);
        }
    }

    private ApiProtocolException tooLarge(long size) {
        return new ApiProtocolException("result of " + size + " bytes exceeds cap " + maxBytes,
                "The result file is unexpectedly large (" + size / (1024 * 1024) + " MB), so it was not downloaded.",
                false);
    }
}
