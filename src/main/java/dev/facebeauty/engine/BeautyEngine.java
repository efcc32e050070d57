package dev.facebeauty.engine;

import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.model.BeautyParameters;

import java.util.Optional;

/**
 * Something that retouches a portrait with the six Face Beauty Pro parameters and an optional filter.
 * Implementations block until the result is ready, report progress, and stop when their thread is interrupted.
 */
public interface BeautyEngine {

    /** Shown with every result, e.g. "AILabTools cloud". */
    String displayName();

    /**
     * Whether the photo must first be fitted to the cloud API's limits (2 MB, under 4096 pixels a side). Engines that
     * work on pixels in process take the photo as it is.
     */
    default boolean needsUploadLimits() {
        return true;
    }

    /**
     * For engines whose jobs cost money: what identifies the service (so a result from one service never stands in
     * for another's). Results of such engines are cached and never bought twice. Empty for free engines.
     */
    default Optional<String> paidServiceScope() {
        return Optional.empty();
    }

    BeautyResult beautify(PreparedUpload image, BeautyParameters parameters, ProgressListener listener)
            throws EngineException, InterruptedException;
}
