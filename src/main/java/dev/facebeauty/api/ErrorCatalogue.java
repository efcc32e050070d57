package dev.facebeauty.api;

import dev.facebeauty.text.Text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place user-facing sentences for API errors come from: every {@code error_detail.code} of the contract,
 * with its kind (which decides retrying) and a sentence a photographer can act on.
 */
public final class ErrorCatalogue {

    /** One row of the catalogue. */
    public record Entry(String code, int documentedHttpStatus, ErrorKind kind) {
        /** What the user reads, in their language (the catalogue's {@code error.<code>}). */
        public String sentence() {
            return Text.get("error." + code);
        }
    }

    private static final ErrorCatalogue STANDARD = load("error-codes.tsv");

    private final Map<String, Entry> entries;

    private ErrorCatalogue(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static ErrorCatalogue standard() {
        return STANDARD;
    }

    public Optional<Entry> lookup(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entries.get(code));
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    /**
     * Classifies by the code string first (the provider re-mapped HTTP statuses in 2026); only an unknown code
     * falls back to the HTTP status.
     */
    public ErrorKind kindOf(String code, int httpStatus) {
        return lookup(code).map(Entry::kind).orElseGet(() -> kindForStatus(httpStatus));
    }

    /** The sentence for a code; an unknown one still reads well, built from the server's own words. */
    public String sentenceFor(String code, int httpStatus, String codeMessage, String message) {
        Optional<Entry> known = lookup(code);
        if (known.isPresent()) {
            return known.get().sentence();
        }
        String detail = firstNonBlank(codeMessage, message);
        String base = switch (kindForStatus(httpStatus)) {
            case KEY -> Text.get("error.unknown.key");
            case RATE_LIMIT -> Text.get("error.unknown.rateLimit");
            case TRANSIENT -> Text.get("error.unknown.transient");
            case TASK -> Text.get("error.unknown.task");
            case FILE -> Text.get("error.unknown.file");
            default -> Text.get("error.unknown.other");
        };
        return detail == null ? base : Text.get("error.withServerWords", base, detail.strip());
    }

    static ErrorKind kindForStatus(int status) {
        if (status == 401 || status == 403) {
            return ErrorKind.KEY;
        }
        if (status == 429) {
            return ErrorKind.RATE_LIMIT;
        }
        if (status >= 500) {
            return ErrorKind.TRANSIENT;
        }
        if (status == 404 || status == 410) {
            return ErrorKind.TASK;
        }
        if (status == 413 || status == 415) {
            return ErrorKind.FILE;
        }
        return ErrorKind.OTHER;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    private static ErrorCatalogue load(String resource) {
        Map<String, Entry> map = new LinkedHashMap<>();
        try (InputStream in = ErrorCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                map.put(cols[0], new Entry(cols[0], Integer.parseInt(cols[1]), ErrorKind.valueOf(cols[2].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ErrorCatalogue(map);
    }
}
