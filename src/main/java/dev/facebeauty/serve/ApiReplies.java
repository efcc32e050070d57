package dev.facebeauty.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.facebeauty.io.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The AILabTools response envelope and the small HTTP chores of a server that speaks that API. */
public final class ApiReplies {

    private static final ObjectMapper JSON = Json.MAPPER;

    private ApiReplies() {
    }

    /**
     * The envelope every answer carries (contract §2): request and log ids, {@code error_code} (0 or the HTTP status),
     * and {@code error_detail} with the code string; empty code and message for a success.
     */
    public static ObjectNode envelope(int status, String code, String message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("request_id", UUID.randomUUID().toString());
        root.put("log_id", Long.toHexString(System.nanoTime()));
        root.put("error_code", status == 200 ? 0 : status);
        root.put("error_msg", message);
        ObjectNode detail = root.putObject("error_detail");
        detail.put("status_code", status);
        detail.put("code", code);
        detail.put("code_message", code.isEmpty() ? "" : code.toLowerCase(Locale.ROOT).replace('_', ' '));
        detail.put("message", message);
        return root;
    }

    public static Map<String, String> queryParams(URI uri) {
        Map<String, String> params = new HashMap<>();
        String q = uri.getRawQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    public static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json" : "text/html");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** An integer field within [min, max]; false for anything else, including non-numbers. */
    public static boolean inRange(String value, int min, int max) {
        if (value == null || value.isEmpty() || value.length() > 4 || !value.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int n = Integer.parseInt(value);
        return n >= min && n <= max;
    }
}
