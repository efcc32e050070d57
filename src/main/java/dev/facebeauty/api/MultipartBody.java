package dev.facebeauty.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Builds a {@code multipart/form-data} body in memory (the upload is at most 2 MB, so streaming buys nothing). */
final class MultipartBody {

    private final String boundary = "----FaceBeautyStudio" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    MultipartBody fields(Map<String, String> fields) {
        fields.forEach(this::field);
        return this;
    }

    MultipartBody field(String name, String value) {
        write("--" + boundary + "\r\n");
        write("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
        write(value + "\r\n");
        return this;
    }

    MultipartBody file(String name, ImageUpload upload) {
        write("--" + boundary + "\r\n");
        write("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + upload.fileName() + "\"\r\n");
        write("Content-Type: " + upload.contentType() + "\r\n\r\n");
        out.writeBytes(upload.bytes());
        write("\r\n");
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] finish() {
        write("--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private void write(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
