package dev.facebeauty.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.facebeauty.api.AilabClient;
import dev.facebeauty.engine.LocalEngine;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.model.BeautyParameters;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The built-in engine behind the same HTTP API as AILabTools Face Beauty Pro (submit, query, result URL; contract §1),
 * on 127.0.0.1 only, with a key of its own: a self-hosted, compatible service for other tools, and a real-processing
 * server for the client's tests. Requests are checked like the cloud checks them (task_type, 0–100 sliders, filter
 * 1–35, JPEG/PNG up to 2 MB, sides between 48 and 4096, a face in the photo) and answered with its error codes.
 * Jobs run one at a time in the background. Every accepted task is kept until 24 hours after it was accepted (the
 * service's rule), fetched or not; results wait in a temporary folder, not in memory. Each request is handled on its
 * own virtual thread, so slow or stalled clients cannot starve others; a body that does not arrive within
 * {@value #BODY_SECONDS} seconds is cut off; an upload's pixel size is checked from its header before it is decoded.
 */
public final class LocalApiServer implements AutoCloseable {

    /** How long an accepted task and its result are kept, as the service keeps them. */
    static final java.time.Duration TASK_LIFETIME = dev.facebeauty.model.ServiceTerms.TASK_LIFETIME;
    /** The longest a request body may take to arrive. */
    static final int BODY_SECONDS = 30;
    private static final ApiImageLimits LIMITS = ApiImageLimits.FACE_BEAUTY_PRO;

    private final HttpServer http;
    private final byte[] keyHash;
    private final LocalEngine engine;
    private final FaceAnalyzer faces;
    private final ImageDecoder decoder = new ImageDecoder();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("local-api-worker").factory());
    private final Map<String, ServedJob> jobs = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, java.time.Instant> accepted = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.nio.file.Path results;
    private final java.time.Clock clock;

    private LocalApiServer(HttpServer http, String key, LocalEngine engine, FaceAnalyzer faces, java.time.Clock clock)
            throws IOException {
        this.results = java.nio.file.Files.createTempDirectory("face-beauty-serve-");
        this.clock = clock;
        this.http = http;
        this.keyHash = sha256(key);
        this.engine = engine;
        this.faces = faces;
    }

    /** Starts on 127.0.0.1 at {@code port} (0 picks a free one). */
    public static LocalApiServer start(int port, String key, LocalEngine engine, FaceAnalyzer faces) throws IOException {
        return start(port, key, engine, faces, java.time.Clock.systemUTC());
    }

    static LocalApiServer start(int port, String key, LocalEngine engine, FaceAnalyzer faces, java.time.Clock clock)
            throws IOException {
        // The JDK server's own limits on reading a request's headers and writing an answer (read once, when its first
        // server starts: in `serve`, that is this one).
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", String.valueOf(BODY_SECONDS));
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", "120");
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        LocalApiServer server = new LocalApiServer(http, key, engine, faces, clock);
        http.createContext(AilabClient.SUBMIT_PATH, server::submit);
        http.createContext(AilabClient.QUERY_PATH, server::query);
        http.createContext("/results/", server::result);
        http.createContext("/", ex -> ApiReplies.reply(ex, 404,
                ApiReplies.envelope(404, "ERROR_AI_NOT_EXISTS", "no such API").toString()));
        // A virtual thread per exchange: a client that sends one byte and waits ties up nothing others need.
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.start();
        return server;
    }

    /** A key for a new server: 32 random hex digits. */
    public static String newKey() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    private void submit(HttpExchange ex) throws IOException {
        try (ex) {
            // The whole body is read before any answer: replying while the client still sends would reset the
            // connection, and the client would see a network failure instead of the error.
            byte[] body;
            boolean oversized;
            try (Deadline ignored = new Deadline(ex, BODY_SECONDS)) {
                body = ex.getRequestBody().readNBytes((int) LIMITS.maxBytes() + 64 * 1024);
                oversized = ex.getRequestBody().transferTo(OutputStream.nullOutputStream()) > 0;
            }
            if (!"POST".equals(ex.getRequestMethod())) {
                error(ex, 405, "ERROR_ILLEGAL_OPERATION", "POST only");
                return;
            }
            if (!authorised(ex)) {
                return;
            }
            if (oversized) {
                error(ex, 413, "FILE_SIZE_EXCEEDS_LIMIT", "file larger than 2 MB");
                return;
            }
            Map<String, MultipartParser.Part> parts;
            try {
                parts = MultipartParser.parse(ex.getRequestHeaders().getFirst("Content-Type"), body);
            } catch (IllegalArgumentException e) {
                error(ex, 400, "ERROR_PARAMETERS", e.getMessage());
                return;
            }
            Optional<SubmitForm.Problem> problem = SubmitForm.check(parts);
            if (problem.isPresent()) {
                error(ex, 400, problem.get().code(), problem.get().message());
                return;
            }
            MultipartParser.Part image = parts.get("image");
            UploadCheck.Outcome checked = UploadCheck.check(image.body(), decoder, faces);
            if (checked instanceof UploadCheck.Refused refused) {
                error(ex, refused.status(), refused.code(), refused.message());
                return;
            }
            UploadCheck.Accepted upload = (UploadCheck.Accepted) checked;
            String id = UUID.randomUUID().toString();
            forgetExpired();
            accepted.put(id, clock.instant());
            jobs.put(id, new ServedJob.Queued());
            BeautyParameters parameters = SubmitForm.parameters(parts);
            worker.execute(() -> run(id, upload.prepared(), parameters));
            ObjectNode ok = ApiReplies.envelope(200, "", "");
            ok.put("task_type", "async");
            ok.put("task_id", id);
            ApiReplies.reply(ex, 200, ok.toString());
        }
    }

    private void run(String id, PreparedUpload upload, BeautyParameters parameters) {
        jobs.replace(id, new ServedJob.Processing());
        try {
            var result = engine.beautify(upload, parameters, ProgressListener.NONE);
            java.nio.file.Path file = results.resolve(id + "." + result.format().extension());
            java.nio.file.Files.write(file, result.bytes());
            jobs.replace(id, new ServedJob.Done(file, result.format()));
        } catch (Exception e) {
            jobs.replace(id, new ServedJob.Failed(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private void query(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"GET".equals(ex.getRequestMethod())) {
                error(ex, 405, "ERROR_ILLEGAL_OPERATION", "GET only");
                return;
            }
            if (!authorised(ex)) {
                return;
            }
            String id = ApiReplies.queryParams(ex.getRequestURI()).get("task_id");
            if (id == null || id.isEmpty()) {
                error(ex, 400, "MISSING_PARAMETERS", "task_id is required");
                return;
            }
            ServedJob job = jobs.get(id);
            if (job == null) {
                error(ex, 404, "ERROR_RESOURCE_NOT_FOUND", "task not found");
                return;
            }
            // A failed job is task_status 3 with the reason in error_detail.message, as the official SDKs read it.
            ObjectNode body = ApiReplies.envelope(200, "", job instanceof ServedJob.Failed f ? f.message() : "");
            switch (job) {
                case ServedJob.Queued q -> body.put("task_status", 0);
                case ServedJob.Processing p -> body.put("task_status", 1);
                case ServedJob.Done d -> {
                    body.put("task_status", 2);
                    body.put("result_url", baseUrl() + "/results/" + id + "." + d.format().extension());
                }
                case ServedJob.Failed f -> body.put("task_status", 3);
            }
            ApiReplies.reply(ex, 200, body.toString());
        }
    }

    /** The result file, like the cloud's result URL: no key needed, the id is the secret. */
    private void result(HttpExchange ex) throws IOException {
        try (ex) {
            String name = ex.getRequestURI().getPath().substring("/results/".length());
            int dot = name.lastIndexOf('.');
            ServedJob job = dot > 0 ? jobs.get(name.substring(0, dot)) : null;
            if (!(job instanceof ServedJob.Done done)) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes;
            try {
                bytes = java.nio.file.Files.readAllBytes(done.file());
            } catch (IOException e) {
                ex.sendResponseHeaders(500, -1);
                return;
            }
            ex.getResponseHeaders().set("Content-Type", done.format().mimeType());
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Tasks accepted more than 24 hours ago are gone, as on the service; nothing younger is ever dropped. */
    private void forgetExpired() {
        java.time.Instant limit = clock.instant().minus(TASK_LIFETIME);
        accepted.entrySet().removeIf(e -> {
            if (!e.getValue().isBefore(limit)) {
                return false;
            }
            if (jobs.remove(e.getKey()) instanceof ServedJob.Done done) {
                try {
                    java.nio.file.Files.deleteIfExists(done.file());
                } catch (IOException ignored) {
                    // the temporary folder goes with the server
                }
            }
            return true;
        });
    }

    /** Compares key digests in constant time, so the key cannot be guessed from response timings. */
    private boolean authorised(HttpExchange ex) throws IOException {
        String key = ex.getRequestHeaders().getFirst(AilabClient.KEY_HEADER);
        if (key == null || key.isEmpty()) {
            error(ex, 401, "ERROR_USER_NOT_EXISTS", "missing ailabapi-api-key");
            return false;
        }
        if (!MessageDigest.isEqual(keyHash, sha256(key))) {
            error(ex, 401, "ERROR_APPLICATIONS_NOT_EXISTS", "application does not exist");
            return false;
        }
        return true;
    }

    private static void error(HttpExchange ex, int status, String code, String message) throws IOException {
        ApiReplies.reply(ex, status, ApiReplies.envelope(status, code, message).toString());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        worker.shutdownNow();
        try (var files = java.nio.file.Files.list(results)) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Files.deleteIfExists(f);
            }
            java.nio.file.Files.deleteIfExists(results);
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it
        }
    }
}
