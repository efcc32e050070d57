package dev.facebeauty.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facebeauty.io.Json;
import dev.facebeauty.text.Text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the service's "public response fields" leniently (every field optional) and decides success strictly:
 * HTTP 200, {@code error_code} absent or 0, and {@code error_detail.code} absent or empty.
 */
final class ResponseReader {

    private static final ObjectMapper JSON = Json.MAPPER;
    private final ErrorCatalogue catalogue;

    ResponseReader(ErrorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The parsed body of a successful answer, or the typed error the answer describes. */
    JsonNode successBody(int httpStatus, String body) throws ApiException {
        JsonNode root = parseOrNull(body);
        if (root == null || !root.isObject()) {
            if (httpStatus == 200) {
                throw ApiProtocolException.unreadable("HTTP 200 with a body that is not a JSON object: " + snippet(body));
            }
            // A gateway's HTML page or an empty 5xx: classify by status alone.
            throw new ApiErrorException(httpStatus, "", "", "", "", "", catalogue);
        }
        JsonNode detail = root.path("error_detail");
        String code = text(detail.path("code")).orElseGet(() -> text(root.path("error_code_str")).orElse(""));
        int errorCode = root.path("error_code").asInt(0);
        if (httpStatus == 200 && errorCode == 0 && code.isEmpty()) {
            return root;
        }
        int status = httpStatus != 200 ? httpStatus : errorCode != 0 ? errorCode : detail.path("status_code").asInt(httpStatus);
        throw new ApiErrorException(status, code,
                text(detail.path("code_message")).orElse(""),
                text(detail.path("message")).or(() -> text(root.path("error_msg"))).orElse(""),
                text(root.path("request_id")).orElse(""),
                text(root.path("log_id")).orElse(""),
                catalogue);
    }

    private static JsonNode parseOrNull(String body) {
        try {
            return JSON.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            return null;
        }
    }

    String taskId(JsonNode root) throws ApiProtocolException {
        return text(root.path("task_id")).orElseThrow(
                () -> ApiProtocolException.unreadable("submit answer without task_id"));
    }

    /** task_status at top level, then under data; the result address from every documented place (contract §0.3). */
    TaskState taskState(JsonNode root) throws ApiProtocolException {
        JsonNode statusNode = root.has("task_status") ? root.get("task_status") : root.path("data").path("task_status");
        if (statusNode.isMissingNode() || statusNode.isNull()) {
            throw ApiProtocolException.unreadable("query answer without task_status");
        }
        int status = statusNode.isNumber() ? statusNode.asInt() : parseIntOr(statusNode.asText(), -1);
        return switch (status) {
            case 0 -> new TaskState.Queued();
            case 1 -> new TaskState.Processing();
            case 2 -> new TaskState.Done(resultUrl(root).orElseThrow(() -> new ApiProtocolException(
                    "task_status 2 without a result URL",
                    Text.get("api.noResultUrl"), false)));
            case 3 -> new TaskState.Failed(text(root.path("error_detail").path("message"))
                    .orElseGet(() -> Text.get("api.couldNotProcess")));
            default -> throw new ApiProtocolException("unknown task_status " + statusNode,
                    Text.get("api.unknownState", statusNode.asText()),
                    false);
        };
    }

    List<CreditBalance> credits(JsonNode root) {
        List<CreditBalance> pools = new ArrayList<>();
        for (JsonNode pool : root.path("data")) {
            pools.add(new CreditBalance(pool.path("unique_sign").asText(""), pool.path("name").asText(""),
                    pool.path("balance").asDouble(0)));
        }
        return pools;
    }

    private static Optional<URI> resultUrl(JsonNode root) {
        JsonNode data = root.path("data");
        JsonNode[] candidates = {
                root.path("result_url"), data.path("result_url"), data.path("image_url"), data.path("image"),
                data.path("images").path(0), root.path("output").path("image_url")};
        for (JsonNode candidate : candidates) {
            Optional<URI> uri = text(candidate).flatMap(ResponseReader::asWebUri);
            if (uri.isPresent()) {
                return uri;
            }
        }
        return Optional.empty();
    }

    private static Optional<URI> asWebUri(String s) {
        try {
            URI uri = new URI(s.strip());
            String scheme = uri.getScheme();
            return ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        String s = node.asText();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static int parseIntOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String snippet(String body) {
        if (body == null) {
            return "(empty)";
        }
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
