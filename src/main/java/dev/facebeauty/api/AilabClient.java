package dev.facebeauty.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.ServiceTerms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Face Beauty Pro async API: submit a photo, query the task, read the credit balance.
 * The API key goes only to {@link #baseUrl()}; results are fetched elsewhere, without it ({@link ResultDownloader}).
 */
public final class AilabClient {

    public static final URI DEFAULT_BASE_URL = ServiceTerms.DEFAULT_BASE_URL;
    public static final String KEY_HEADER = "ailabapi-api-key";
    public static final String SUBMIT_PATH = "/api/portrait/effects/face-beauty-pro";
    public static final String QUERY_PATH = "/api/common/query-async-task-result";
    static final String CREDITS_PATH = "/api/common/query-credits";

    private static final System.Logger LOG = System.getLogger(AilabClient.class.getName());

    private final HttpClient http;
    private final URI baseUrl;
    private final String apiKey;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Duration requestTimeout;
    private final ResponseReader reader = new ResponseReader(ErrorCatalogue.standard());

    public AilabClient(HttpClient http, URI baseUrl, String apiKey, RetryPolicy retry, Sleeper sleeper,
                       Duration requestTimeout) {
        this.http = Objects.requireNonNull(http);
        this.baseUrl = withoutTrailingSlash(Objects.requireNonNull(baseUrl));
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("an API key is required");
        }
        this.apiKey = apiKey.strip();
        this.retry = retry;
        this.sleeper = sleeper;
        this.requestTimeout = requestTimeout;
    }

    /** An HTTP client for the API: no redirects, so the key header can never follow one to another host. */
    public static HttpClient newHttpClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Uploads the photo with every parameter (0 included) and returns the {@code task_id}. Repeated only when the
     * failed attempt cannot have created a task; otherwise {@link ApiUncertainSubmitException}.
     */
    public String submit(ImageUpload image, BeautyParameters parameters) throws ApiException, InterruptedException {
        JsonNode body;
        try {
            body = retry.run(() -> {
                // Built afresh per attempt, as a multipart stream must not be reused.
                MultipartBody multipart = new MultipartBody()
                        .field("task_type", "async")
                        .file("image", image)
                        .fields(parameters.formFields());
                HttpRequest request = request(SUBMIT_PATH)
                        .header("Content-Type", multipart.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.finish()))
                        .build();
                return send(request);
            }, sleeper, e -> e.retryable() && !mayHaveCreatedTask(e));
        } catch (ApiException e) {
            throw mayHaveCreatedTask(e) ? new ApiUncertainSubmitException(e) : e;
        }
        String taskId = reader.taskId(body);
        LOG.log(System.Logger.Level.INFO, "Submitted {0} bytes, task_id {1}", image.bytes().length, taskId);
        return taskId;
    }

    /**
     * Whether a failed submit may have created a task anyway: the request may have reached the server (a timeout, a
     * connection lost after sending) or a gateway failed after passing it on (HTTP 500, 502 or 504 without the
     * service's own error code, or ERROR_GATEWAY). A 429 or 503 refuses the request before work starts; a connection
     * never made sends nothing.
     */
    static boolean mayHaveCreatedTask(ApiException e) {
        if (e instanceof ApiTransportException t) {
            return t.mayHaveReachedServer();
        }
        // The service's own error envelope (a code) is its answer that the submit failed; a bare 500/502/504 page or a
        // gateway error comes from something between us and the service, which may have passed the upload on.
        return e instanceof ApiErrorException api && (api.httpStatus() == 500 || api.httpStatus() == 502 || api.httpStatus() == 504)
                && (api.code().isEmpty() || api.code().equals("ERROR_GATEWAY"));
    }

    /** One look at the task. Transient failures are retried within the policy; anything else is thrown. */
    public TaskState query(String taskId) throws ApiException, InterruptedException {
        String path = QUERY_PATH + "?task_id=" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
        JsonNode body = retry.run(() -> send(request(path).GET().build()), sleeper);
        return reader.taskState(body);
    }

    public List<CreditBalance> credits() throws ApiException, InterruptedException {
        JsonNode body = retry.run(() -> send(request(CREDITS_PATH).GET().build()), sleeper);
        return reader.credits(body);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header(KEY_HEADER, apiKey);
    }

    private JsonNode send(HttpRequest request) throws ApiException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ApiTransportException.of(request.method() + " " + request.uri().getHost(), e);
        }
        try {
            return reader.successBody(response.statusCode(), response.body());
        } catch (ApiErrorException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} {1}: {2}", request.method(), request.uri().getPath(), e.getMessage());
            Optional<Duration> wait = response.headers().firstValue("Retry-After").flatMap(AilabClient::retryAfter);
            throw wait.isPresent() ? e.withRetryAfter(wait.get()) : e;
        } catch (ApiException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} {1}: {2}", request.method(), request.uri().getPath(), e.getMessage());
            throw e;
        }
    }

    /** {@code Retry-After} as seconds or as an HTTP date (RFC 9110 §10.2.3); empty when unreadable. */
    static Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(Math.min(seconds, 24 * 3600))) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            try {
                java.time.ZonedDateTime at = java.time.ZonedDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(java.time.Instant.now(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (java.time.format.DateTimeParseException neither) {
                return Optional.empty();
            }
        }
    }

    private static URI withoutTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }
}
