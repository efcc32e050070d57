package dev.facebeauty.serve;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict multipart/form-data reader (RFC 7578: CRLF line breaks, quoted names) for the local API server and the
 * contract test server.
 */
public final class MultipartParser {

    /** One part: its field name, optional file name and content type, and its bytes. */
    public record Part(String name, String fileName, String contentType, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?i)content-disposition:\\s*form-data;\\s*name=\"([^\"]*)\"(?:;\\s*filename=\"([^\"]*)\")?");
    private static final Pattern TYPE = Pattern.compile("(?i)content-type:\\s*(\\S+)");

    private MultipartParser() {
    }

    /** Returns the parts by name, or throws IllegalArgumentException for anything that is not well-formed. */
    public static Map<String, Part> parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new IllegalArgumentException("not multipart/form-data: " + contentType);
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new IllegalArgumentException("no boundary");
        }
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, Part> parts = new LinkedHashMap<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos != 0) {
            throw new IllegalArgumentException("body does not start with the boundary");
        }
        while (true) {
            int afterDelimiter = pos + delimiter.length;
            if (afterDelimiter + 1 < body.length && body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-') {
                return parts;
            }
            int headerStart = afterDelimiter + 2;
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headerStart);
            if (headerEnd < 0) {
                throw new IllegalArgumentException("part without header end");
            }
            String headers = new String(body, headerStart, headerEnd - headerStart, StandardCharsets.UTF_8);
            int next = indexOf(body, ("\r\n--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1), headerEnd + 4);
            if (next < 0) {
                throw new IllegalArgumentException("unterminated part");
            }
            byte[] content = java.util.Arrays.copyOfRange(body, headerEnd + 4, next);
            Matcher nm = NAME.matcher(headers);
            if (!nm.find()) {
                throw new IllegalArgumentException("part without content-disposition name");
            }
            Matcher tm = TYPE.matcher(headers);
            parts.put(nm.group(1), new Part(nm.group(1), nm.group(2), tm.find() ? tm.group(1) : null, content));
            pos = next + 2;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
