package dev.facebeauty.imaging;

import java.util.Optional;

/** Image formats recognised by their first bytes, never by a file name or a URL. */
public enum ImageFormat {
    JPEG("jpg", "image/jpeg", true),
    PNG("png", "image/png", true),
    TIFF("tif", "image/tiff", false),
    WEBP("webp", "image/webp", false),
    GIF("gif", "image/gif", false),
    BMP("bmp", "image/bmp", false);

    private final String extension;
    private final String mimeType;
    private final boolean acceptedByApi;

    ImageFormat(String extension, String mimeType, boolean acceptedByApi) {
        this.extension = extension;
        this.mimeType = mimeType;
        this.acceptedByApi = acceptedByApi;
    }

    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The service takes JPEG and PNG only; anything else is converted before upload. */
    public boolean acceptedByApi() {
        return acceptedByApi;
    }

    public static Optional<ImageFormat> sniff(byte[] b) {
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(b, 'I', 'I', 42, 0) || startsWith(b, 'M', 'M', 0, 42)) {
            return Optional.of(TIFF);
        }
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(WEBP);
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        if (startsWith(b, 'B', 'M')) {
            return Optional.of(BMP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
