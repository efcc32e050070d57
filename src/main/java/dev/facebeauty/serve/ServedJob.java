package dev.facebeauty.serve;

import dev.facebeauty.imaging.ImageFormat;

import java.nio.file.Path;

/** Where a task the local server accepted stands, as the service's {@code task_status} reports it. */
sealed interface ServedJob {
    record Queued() implements ServedJob {
    }

    record Processing() implements ServedJob {
    }

    record Done(Path file, ImageFormat format) implements ServedJob {
    }

    record Failed(String message) implements ServedJob {
    }
}
