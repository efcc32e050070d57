package dev.facebeauty.settings;

import dev.facebeauty.model.ApiAddress;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.model.ServiceTerms;
import dev.facebeauty.text.Language;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What the user chose in Settings. The API key is deliberately not here: it lives in a {@link SecretStore}.
 *
 * @param apiBaseUrl   where the API is, {@code https://www.ailabapi.com} unless changed
 * @param pollInterval time between status queries, never below one second
 * @param theme        light or dark
 * @param metadata     how much of the original's metadata saved results carry (Full unless changed)
 * @param jpegQuality  0–100, used whenever the app itself encodes a JPEG (conversion, Amount, restore brush); a
 *                     result saved untouched keeps the engine's bytes
 * @param outputSize   whether a cloud result of a photo that was made smaller to upload is rebuilt at the original's
 *                     size, depth and profile (the default) or kept at the service's own
 * @param language     the language of the window and the command line; the system's unless chosen (read at start)
 */
public record Settings(URI apiBaseUrl, Duration pollInterval, Theme theme, MetadataPolicy metadata, int jpegQuality,
                       OutputSize outputSize, Language language) {

    public static final int DEFAULT_JPEG_QUALITY = ServiceTerms.DEFAULT_JPEG_QUALITY;
    public static final int MIN_JPEG_QUALITY = 50;

    public static final URI DEFAULT_API_BASE = ServiceTerms.DEFAULT_BASE_URL;
    public static final Duration DEFAULT_POLL_INTERVAL = ServiceTerms.DEFAULT_POLL_INTERVAL;
    public static final Duration MIN_POLL_INTERVAL = ServiceTerms.MIN_POLL_INTERVAL;

    public Settings {
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        pollInterval = pollInterval == null || pollInterval.compareTo(MIN_POLL_INTERVAL) < 0
                ? (pollInterval == null ? DEFAULT_POLL_INTERVAL : MIN_POLL_INTERVAL) : pollInterval;
        theme = theme == null ? Theme.LIGHT : theme;
        metadata = metadata == null ? MetadataPolicy.FULL : metadata;
        jpegQuality = jpegQuality == 0 ? DEFAULT_JPEG_QUALITY : Math.clamp(jpegQuality, MIN_JPEG_QUALITY, 100);
        outputSize = outputSize == null ? OutputSize.FULL : outputSize;
        language = language == null ? Language.SYSTEM : language;
    }

    /** Settings files written before the metadata and quality choices existed. */
    public Settings(URI apiBaseUrl, Duration pollInterval, Theme theme) {
        this(apiBaseUrl, pollInterval, theme, MetadataPolicy.FULL, DEFAULT_JPEG_QUALITY, OutputSize.FULL, Language.SYSTEM);
    }

    public static Settings defaults() {
        return new Settings(DEFAULT_API_BASE, DEFAULT_POLL_INTERVAL, Theme.LIGHT, MetadataPolicy.FULL, DEFAULT_JPEG_QUALITY,
                OutputSize.FULL, Language.SYSTEM);
    }

    /** The JPEG quality as the image writer takes it, 0–1. */
    public float jpegQualityFraction() {
        return jpegQuality / 100f;
    }

    public Settings withApiBaseUrl(URI uri) {
        return new Settings(uri, pollInterval, theme, metadata, jpegQuality, outputSize, language);
    }

    public Settings withPollInterval(Duration d) {
        return new Settings(apiBaseUrl, d, theme, metadata, jpegQuality, outputSize, language);
    }

    public Settings withTheme(Theme t) {
        return new Settings(apiBaseUrl, pollInterval, t, metadata, jpegQuality, outputSize, language);
    }

    public Settings withMetadata(MetadataPolicy m) {
        return new Settings(apiBaseUrl, pollInterval, theme, m, jpegQuality, outputSize, language);
    }

    public Settings withJpegQuality(int quality) {
        return new Settings(apiBaseUrl, pollInterval, theme, metadata, quality, outputSize, language);
    }

    public Settings withOutputSize(OutputSize size) {
        return new Settings(apiBaseUrl, pollInterval, theme, metadata, jpegQuality, size, language);
    }

    public Settings withLanguage(Language l) {
        return new Settings(apiBaseUrl, pollInterval, theme, metadata, jpegQuality, outputSize, l);
    }

    /** Checks an API address typed by the user: see {@link ApiAddress#parse}. */
    public static URI parseApiBase(String text) {
        return ApiAddress.parse(text);
    }
}
