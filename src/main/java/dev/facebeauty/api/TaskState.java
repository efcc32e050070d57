package dev.facebeauty.api;

import java.net.URI;

/** Where an async task stands, as read from the query endpoint's {@code task_status}. */
public sealed interface TaskState {

    /** task_status 0. */
    record Queued() implements TaskState {
    }

    /** task_status 1. */
    record Processing() implements TaskState {
    }

    /** task_status 2, with the temporary address of the result. */
    record Done(URI resultUrl) implements TaskState {
    }

    /** task_status 3 (undocumented, but what the official SDKs treat as failure). */
    record Failed(String reason) implements TaskState {
    }
}
