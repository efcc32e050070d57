package dev.facebeauty.model;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Face Beauty Pro's terms as the contract states them, and the app's defaults around them, each defined once: the
 * address, the price, what a task's life and polling may be, the upload limits, the photo files the app reads, and the
 * JPEG quality the app writes at.
 */
public final class ServiceTerms {

    /** The service's address unless the user sets another. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://www.ailabapi.com");
    /** What a finished photo costs; failed jobs are free. */
    public static final int CREDITS_PER_JOB = 15;
    /** The service keeps a task's result for 24 hours; polling longer is pointless. */
    public static final Duration TASK_LIFETIME = Duration.ofHours(24);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);
    public static final Duration MIN_POLL_INTERVAL = Duration.ofSeconds(1);
    /** The largest upload, in bytes (2 MB). */
    public static final long MAX_UPLOAD_BYTES = 2_000_000;
    /** Each side of an upload must be more than this … */
    public static final int MIN_SIDE_EXCLUSIVE = 48;
    /** … and less than this. */
    public static final int MAX_SIDE_EXCLUSIVE = 4096;
    /** The JPEG quality the app writes at (a conversion, Amount, the built-in engine) unless Settings say otherwise. */
    public static final int DEFAULT_JPEG_QUALITY = 95;
    /** The file name extensions of the photos the app opens, lower case. */
    public static final List<String> PHOTO_EXTENSIONS = List.of("jpg", "jpeg", "png", "tif", "tiff", "webp", "bmp", "gif");

    private ServiceTerms() {
    }
}
