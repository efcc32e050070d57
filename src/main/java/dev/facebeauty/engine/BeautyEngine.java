package dev.facebeauty.engine;

import dev.facebeauty.api.BeautyParameters;
import dev.facebeauty.imaging.PreparedUpload;

/**
 * Something that retouches a portrait with the six Face Beauty Pro parameters and an optional filter.
 * Implementations block until the result is ready, report progress, and stop when their thread is interrupted.
 */
public interface BeautyEngine {

    /** Shown with every result, e.g. "AILabTools cloud". */
    String displayName();

    BeautyResult beautify(PreparedUpload image, BeautyParameters parameters, ProgressListener listener)
            throws EngineException, InterruptedException;
}
