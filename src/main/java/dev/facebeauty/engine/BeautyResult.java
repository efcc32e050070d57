package dev.facebeauty.engine;

import dev.facebeauty.imaging.ImageFormat;

import java.util.Optional;

/**
 * A finished retouch: the result file's bytes exactly as produced, their format (sniffed from the bytes), which
 * engine made it and, for the cloud, the service's task id.
 */
public record BeautyResult(byte[] bytes, ImageFormat format, String engineName, Optional<String> taskId) {
}
