package dev.facebeauty.api;

import java.util.Objects;

/**
 * The bytes to upload with a file name and content type that match them (the service checks the extension).
 *
 * @param bytes       the encoded image, JPEG or PNG
 * @param fileName    e.g. {@code image.jpg}
 * @param contentType e.g. {@code image/jpeg}
 */
public record ImageUpload(byte[] bytes, String fileName, String contentType) {

    public ImageUpload {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
    }
}
