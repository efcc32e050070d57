package dev.facebeauty.engine;

/** Hears how a retouch advances. Called on the worker thread; implementations hop to the UI thread themselves. */
public interface ProgressListener {

    void stage(JobStage stage);

    /** The service accepted the job; called before any polling, so the id can be journaled at once. */
    default void submitted(String taskId) {
    }

    ProgressListener NONE = stage -> { };
}
