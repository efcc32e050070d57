package dev.facebeauty.engine;

import dev.facebeauty.imaging.ImageFormat;

import java.util.Optional;

/**
 * A finished retouch: the result file's bytes exactly as produced, their format (sniffed from the bytes), which
 * engine made it, for the cloud the service's task id, and a sentence the user should read about it (e.g. that no
 * face was found, so only the filter was applied), and its picture when the engine has it in memory (the built-in
 * engine, a rebuild), so it is not decoded again for showing or saving.
 */
public record BeautyResult(byte[] bytes, ImageFormat format, String engineName, Optional<String> taskId,
                           Optional<String> note, Optional<java.awt.image.BufferedImage> pixels) {

    public BeautyResult {
        pixels = pixels == null ? Optional.empty() : pixels;
    }

    public BeautyResult(byte[] bytes, ImageFormat format, String engineName, Optional<String> taskId) {
        this(bytes, format, engineName, taskId, Optional.empty(), Optional.empty());
    }

    public BeautyResult(byte[] bytes, ImageFormat format, String engineName, Optional<String> taskId,
                        Optional<String> note) {
        this(bytes, format, engineName, taskId, note, Optional.empty());
    }
}
