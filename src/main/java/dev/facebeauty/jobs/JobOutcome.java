package dev.facebeauty.jobs;

import dev.facebeauty.engine.BeautyResult;
import dev.facebeauty.imaging.PreparedUpload;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A finished retouch as the UI and command line see it.
 *
 * @param result   the engine's result
 * @param upload   what was sent (and what was changed to send it)
 * @param keptFile the copy kept in the results folder until saved or discarded, for cloud jobs
 */
public record JobOutcome(BeautyResult result, PreparedUpload upload, Optional<Path> keptFile) {

    public Optional<String> taskId() {
        return result.taskId();
    }
}
