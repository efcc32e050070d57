package dev.facebeauty.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.facebeauty.serve.MultipartParser;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.facebeauty.serve.ApiReplies.envelope;
import static dev.facebeauty.serve.ApiReplies.inRange;
import static dev.facebeauty.serve.ApiReplies.queryParams;
import static dev.facebeauty.serve.ApiReplies.reply;

/**
 * A Face Beauty Pro server on 127.0.0.1 that follows {@code shared/ailabtools-api.md} strictly: the key header, the
 * field names and ranges, the file limits (2 MB, 49..4095 px, JPEG/PNG with a matching name and type), tasks
 * that go queued -> processing -> done, both documented result shapes, and the documented error envelopes.
 * Results are served from a second port that refuses requests carrying the API key. Scripted faults let tests
 * reach every error path.
 */
public final class ContractTestServer implements AutoCloseable {

    public static final String VALID_KEY = "test-key-0123456789";
    static final long MAX_UPLOAD_BYTES = 2L * 1024 * 1024;
    static final Set<String> SLIDERS = Set.of("whitening", "smoothing", "thinface", "shrink_face", "enlarge_eye", "remove_eyebrow");

    /** Where a finished task's URL is put in the query answer. */
    public enum ResultShape { TOP_LEVEL_RESULT_URL, DATA_RESULT_URL, DATA_IMAGE_URL, DONE_WITHOUT_URL }

    /** A scripted answer given instead of the normal one. */
    public record Fault(int status, String body, long delayMillis, String retryAfter) {
        public Fault(int status, String body, long delayMillis) {
            this(status, body, delayMillis, null);
        }

        public static Fault error(int status, String code, String message) {
            return new Fault(status, envelope(status, code, message).toString(), 0);
        }

        public static Fault raw(int status, String body) {
            return new Fault(status, body, 0);
        }

        public static Fault delay(long millis) {
            return new Fault(0, null, millis);
        }
    }

    /** What the server saw of one request. */
    public record Seen(String method, String path, boolean hadKey, Map<String, String> fields, String fileName,
                       String fileContentType, int fileBytes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer api;
    private final HttpServer files;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final List<Seen> requests = new CopyOnWriteArrayList<>();
    private final Deque<Fault> submitFaults = new ArrayDeque<>();
    private final Deque<Fault> afterCreateFaults = new ArrayDeque<>();
    private final Deque<Fault> queryFaults = new ArrayDeque<>();
    private final Deque<Fault> fileFaults = new ArrayDeque<>();
    private final AtomicInteger downloads = new AtomicInteger();
    private final AtomicInteger keyLeaks = new AtomicInteger();

    private volatile int queuedPolls = 1;
    private volatile int processingPolls = 1;
    private volatile ResultShape shape = ResultShape.TOP_LEVEL_RESULT_URL;
    private volatile boolean resultAsPng;
    private volatile double credits = 1234;
    private volatile Integer forcedTaskStatus;

    private static final class Task {
        final String id;
        final byte[] result;
        final AtomicInteger polls = new AtomicInteger();

        Task(String id, byte[] result) {
            this.id = id;
            this.result = result;
        }
    }

    public ContractTestServer() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        api = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        files = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        api.setExecutor(Executors.newCachedThreadPool(r -> daemon(r, "contract-api")));
        files.setExecutor(Executors.newCachedThreadPool(r -> daemon(r, "contract-files")));
        api.createContext(AilabClient.SUBMIT_PATH, ex -> handle(ex, this::submit));
        api.createContext(AilabClient.QUERY_PATH, ex -> handle(ex, this::query));
        api.createContext(AilabClient.CREDITS_PATH, ex -> handle(ex, this::credits));
        api.createContext("/", ex -> handle(ex, e -> reply(e, 404, envelope(404, "ERROR_AI_NOT_EXISTS", "no such API").toString())));
        files.createContext("/results/", this::download);
        api.start();
        files.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + api.getAddress().getPort());
    }

    // ---- configuration ----

    /** How many polls answer "queued" and then "processing" before "done". */
    public ContractTestServer progress(int queued, int processing) {
        this.queuedPolls = queued;
        this.processingPolls = processing;
        return this;
    }

    public ContractTestServer shape(ResultShape s) {
        this.shape = s;
        return this;
    }

    /** Serves results as PNG under a ".jpg" URL, as the real result host was seen to do. */
    public ContractTestServer resultAsPng(boolean png) {
        this.resultAsPng = png;
        return this;
    }

    public ContractTestServer taskStatusAlways(Integer status) {
        this.forcedTaskStatus = status;
        return this;
    }

    public ContractTestServer creditBalance(double balance) {
        this.credits = balance;
        return this;
    }

    public synchronized ContractTestServer failSubmit(Fault... faults) {
        submitFaults.addAll(List.of(faults));
        return this;
    }

    /**
     * Answers the next submits with these faults after the task was created (and billed): what a gateway does when it
     * loses the service's answer.
     */
    public synchronized ContractTestServer failSubmitAfterCreating(Fault... faults) {
        afterCreateFaults.addAll(List.of(faults));
        return this;
    }

    /** Tasks the service created, each one billed. */
    public int tasksCreated() {
        return tasks.size();
    }

    public synchronized ContractTestServer failQuery(Fault... faults) {
        queryFaults.addAll(List.of(faults));
        return this;
    }

    public synchronized ContractTestServer failDownload(Fault... faults) {
        fileFaults.addAll(List.of(faults));
        return this;
    }

    // ---- observations ----

    public List<Seen> requests() {
        return List.copyOf(requests);
    }

    public List<Seen> submits() {
        return requests.stream().filter(s -> s.path().equals(AilabClient.SUBMIT_PATH)).toList();
    }

    public long queries() {
        return requests.stream().filter(s -> s.path().equals(AilabClient.QUERY_PATH)).count();
    }

    public int downloads() {
        return downloads.get();
    }

    /** Requests to the result host that carried the API key: must stay 0. */
    public int keyLeaks() {
        return keyLeaks.get();
    }

    // ---- handlers ----

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    private void handle(HttpExchange ex, Handler handler) throws IOException {
        try (ex) {
            handler.handle(ex);
        } catch (RuntimeException e) {
            reply(ex, 500, envelope(500, "SERVICE_INTERNAL_ERROR", e.toString()).toString());
        }
    }

    private synchronized Fault next(Deque<Fault> faults) {
        return faults.pollFirst();
    }

    private boolean applyFault(HttpExchange ex, Deque<Fault> faults) throws IOException {
        Fault fault = next(faults);
        if (fault == null) {
            return false;
        }
        if (fault.delayMillis() > 0) {
            try {
                Thread.sleep(fault.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
        if (fault.retryAfter() != null) {
            ex.getResponseHeaders().set("Retry-After", fault.retryAfter());
        }
        reply(ex, fault.status(), fault.body());
        return true;
    }

    private boolean authorised(HttpExchange ex) throws IOException {
        String key = ex.getRequestHeaders().getFirst(AilabClient.KEY_HEADER);
        if (key == null || key.isEmpty()) {
            reply(ex, 401, envelope(401, "ERROR_USER_NOT_EXISTS", "missing ailabapi-api-key").toString());
            return false;
        }
        if (!VALID_KEY.equals(key)) {
            reply(ex, 401, envelope(401, "ERROR_APPLICATIONS_NOT_EXISTS", "application does not exist").toString());
            return false;
        }
        return true;
    }

    private void submit(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        Map<String, MultipartParser.Part> parts;
        try {
            parts = MultipartParser.parse(ex.getRequestHeaders().getFirst("Content-Type"), body);
        } catch (IllegalArgumentException e) {
            record(ex, Map.of(), null);
            reply(ex, 400, envelope(400, "ERROR_PARAMETERS", e.getMessage()).toString());
            return;
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        parts.values().stream().filter(p -> p.fileName() == null).forEach(p -> fields.put(p.name(), p.text()));
        record(ex, fields, parts.get("image"));
        if (!"POST".equals(ex.getRequestMethod())) {
            reply(ex, 405, envelope(405, "ERROR_ILLEGAL_OPERATION", "POST only").toString());
            return;
        }
        if (!authorised(ex) || applyFault(ex, submitFaults)) {
            return;
        }
        if (!"async".equals(fields.get("task_type"))) {
            reply(ex, 400, envelope(400, fields.containsKey("task_type") ? "ERROR_INVALID_PARAMETER" : "MISSING_PARAMETERS",
                    "task_type must be async").toString());
            return;
        }
        for (String name : fields.keySet()) {
            if (!SLIDERS.contains(name) && !name.equals("task_type") && !name.equals("filter_type")) {
                reply(ex, 400, envelope(400, "ERROR_INVALID_PARAMETER", "unknown field " + name).toString());
                return;
            }
        }
        for (String slider : SLIDERS) {
            String v = fields.get(slider);
            if (v != null && !inRange(v, 0, 100)) {
                reply(ex, 400, envelope(400, "UNSUPPORTED_PARAMETER_VALUES", slider + " must be an integer 0-100").toString());
                return;
            }
        }
        String filter = fields.get("filter_type");
        if (filter != null && !inRange(filter, 1, 35)) {
            reply(ex, 400, envelope(400, "UNSUPPORTED_PARAMETER_VALUES", "filter_type must be 1-35").toString());
            return;
        }
        MultipartParser.Part image = parts.get("image");
        if (image == null || image.fileName() == null) {
            reply(ex, 400, envelope(400, "MISSING_PARAMETERS", "image is required").toString());
            return;
        }
        if (image.body().length > MAX_UPLOAD_BYTES) {
            reply(ex, 413, envelope(413, "FILE_SIZE_EXCEEDS_LIMIT", "file larger than 2 MB").toString());
            return;
        }
        String kind = sniff(image.body());
        if (kind == null) {
            reply(ex, 415, envelope(415, "UNSUPPORTED_FILE_TYPES", "only JPEG, JPG, PNG").toString());
            return;
        }
        String ext = image.fileName().substring(image.fileName().lastIndexOf('.') + 1).toLowerCase();
        boolean nameMatches = kind.equals("png") ? ext.equals("png") : (ext.equals("jpg") || ext.equals("jpeg"));
        boolean typeMatches = ("image/" + (kind.equals("png") ? "png" : "jpeg")).equals(image.contentType());
        if (!nameMatches || !typeMatches) {
            // What the live service was seen to answer for a mismatched extension (contract §2b, §8.4).
            reply(ex, 502, envelope(502, "AI_SERVICE_INTERNAL_ERROR", "AI service internal error - 500 - File type not supported").toString());
            return;
        }
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
        } catch (IOException | RuntimeException e) {
            decoded = null;
        }
        if (decoded == null) {
            reply(ex, 422, envelope(422, "FILE_DECODING_FAILURE", "file could not be decoded").toString());
            return;
        }
        int w = decoded.getWidth();
        int h = decoded.getHeight();
        if (w >= 4096 || h >= 4096) {
            reply(ex, 413, envelope(413, "ERROR_HIGH_RESOLUTION", "resolution too high").toString());
            return;
        }
        if (w <= 48 || h <= 48) {
            reply(ex, 422, envelope(422, "ERROR_LOW_RESOLUTION", "resolution too low").toString());
            return;
        }
        if (isFlat(decoded)) {
            reply(ex, 422, envelope(422, "ERROR_NO_FACE_IN_FILE", "pic not has face").toString());
            return;
        }
        String id = System.currentTimeMillis() + "." + UUID.randomUUID();
        tasks.put(id, new Task(id, process(decoded, fields)));
        if (applyFault(ex, afterCreateFaults)) {
            return;
        }
        ObjectNode ok = envelope(200, "", "");
        ok.put("task_type", "async");
        ok.put("task_id", id);
        reply(ex, 200, ok.toString());
    }

    private void query(HttpExchange ex) throws IOException {
        Map<String, String> params = queryParams(ex.getRequestURI());
        record(ex, params, null);
        if (!"GET".equals(ex.getRequestMethod())) {
            reply(ex, 405, envelope(405, "ERROR_ILLEGAL_OPERATION", "GET only").toString());
            return;
        }
        if (!authorised(ex) || applyFault(ex, queryFaults)) {
            return;
        }
        String id = params.get("task_id");
        if (id == null || id.isEmpty()) {
            reply(ex, 400, envelope(400, "MISSING_PARAMETERS", "task_id is required").toString());
            return;
        }
        Task task = tasks.get(id);
        if (task == null) {
            reply(ex, 404, envelope(404, "ERROR_RESOURCE_NOT_FOUND", "task not found").toString());
            return;
        }
        int poll = task.polls.incrementAndGet();
        int status = forcedTaskStatus != null ? forcedTaskStatus
                : poll <= queuedPolls ? 0 : poll <= queuedPolls + processingPolls ? 1 : 2;
        ObjectNode body = envelope(200, "", "");
        String url = "http://127.0.0.1:" + files.getAddress().getPort() + "/results/" + task.id + ".jpg";
        switch (shape) {
            case TOP_LEVEL_RESULT_URL -> {
                body.put("task_status", status);
                body.put("result_url", status == 2 ? url : "");
            }
            case DATA_RESULT_URL, DATA_IMAGE_URL -> {
                ObjectNode data = body.putObject("data");
                data.put("task_status", status);
                if (status == 2) {
                    data.put(shape == ResultShape.DATA_RESULT_URL ? "result_url" : "image_url", url);
                }
            }
            case DONE_WITHOUT_URL -> body.put("task_status", status);
        }
        reply(ex, 200, body.toString());
    }

    private void credits(HttpExchange ex) throws IOException {
        record(ex, Map.of(), null);
        if (!authorised(ex)) {
            return;
        }
        ObjectNode body = envelope(200, "", "");
        ArrayNode data = body.putArray("data");
        ObjectNode pool = data.addObject();
        pool.put("unique_sign", "common");
        pool.put("name", "Universal credits");
        pool.put("balance", credits);
        pool.put("total", 2000.0);
        ObjectNode other = data.addObject();
        other.put("unique_sign", "some_other_api");
        other.put("name", "Other API");
        other.put("balance", 99.0);
        reply(ex, 200, body.toString());
    }

    private void download(HttpExchange ex) throws IOException {
        try (ex) {
            if (ex.getRequestHeaders().containsKey(AilabClient.KEY_HEADER)) {
                keyLeaks.incrementAndGet();
                reply(ex, 400, "API key sent to the result host");
                return;
            }
            if (applyFault(ex, fileFaults)) {
                return;
            }
            String name = ex.getRequestURI().getPath().substring("/results/".length());
            Task task = tasks.get(name.substring(0, name.length() - ".jpg".length()));
            if (task == null) {
                reply(ex, 404, "<Error><Code>NoSuchKey</Code></Error>");
                return;
            }
            downloads.incrementAndGet();
            ex.getResponseHeaders().set("Content-Type", "image/jpeg");
            ex.sendResponseHeaders(200, task.result.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(task.result);
            }
        }
    }

    // ---- helpers ----

    /** A visible, parameter-dependent change: brighter with whitening, tinted with a filter. */
    private byte[] process(BufferedImage in, Map<String, String> fields) throws IOException {
        int whitening = Integer.parseInt(fields.getOrDefault("whitening", "50"));
        int filter = Integer.parseInt(fields.getOrDefault("filter_type", "0"));
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
        int lift = 10 + whitening / 2;
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                int rgb = in.getRGB(x, y);
                int r = Math.min(255, ((rgb >> 16) & 0xFF) + lift);
                int g = Math.min(255, ((rgb >> 8) & 0xFF) + lift);
                int b = Math.min(255, (rgb & 0xFF) + lift + (filter > 0 ? 20 : 0));
                out.setRGB(x, y, (r << 16) | (g << 8) | Math.min(255, b));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(out, resultAsPng ? "png" : "jpg", bytes);
        return bytes.toByteArray();
    }

    /** A photo of one flat colour has no face: the server refuses it as the real one would. */
    private static boolean isFlat(BufferedImage img) {
        int first = img.getRGB(0, 0);
        for (int y = 0; y < img.getHeight(); y += Math.max(1, img.getHeight() / 32)) {
            for (int x = 0; x < img.getWidth(); x += Math.max(1, img.getWidth() / 32)) {
                if (img.getRGB(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String sniff(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return "jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        return null;
    }

    private void record(HttpExchange ex, Map<String, String> fields, MultipartParser.Part file) {
        requests.add(new Seen(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                ex.getRequestHeaders().containsKey(AilabClient.KEY_HEADER), Map.copyOf(fields),
                file == null ? null : file.fileName(), file == null ? null : file.contentType(),
                file == null ? 0 : file.body().length));
    }

    @Override
    public void close() {
        api.stop(0);
        files.stop(0);
    }
}
