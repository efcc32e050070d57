package dev.facebeauty.engine;

import dev.facebeauty.imaging.ImageFormat;

import java.util.Optional;

/**
 * A finished retouch: the result file's bytes exactly as produced, their format (sniffed from the bytes), which
 * engine made it, for the cloud the service's task id, and a sentence the user should read about it (e.g. that no
 * face was found, so only the filter was applied).
 */
public record BeautyResult(byte[] bytes, ImageFormat format, String engineName, Optional<String> taskId,
                           Optional<String> note) {

    public BeautyResult(byte[] bytes, ImageFormat format, String engineName, Optional<String> taskId) {
        this(bytes, format, engineName, taskId, Optional.empty());
    }
}
