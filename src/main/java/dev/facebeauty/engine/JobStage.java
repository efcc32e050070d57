package dev.facebeauty.engine;

import dev.facebeauty.text.Text;

/** The steps of one retouch, in order, as the status line names them. */
public enum JobStage {
    PREPARING,
    UPLOADING,
    QUEUED,
    PROCESSING,
    DOWNLOADING,
    DONE;

    /** The step's name as the status line shows it ("Uploading"). */
    public String label() {
        return Text.get("stage." + name());
    }

    /** What the status line says while the step runs ("Uploading…"). */
    public String running() {
        return Text.get("stage.running", label());
    }

    /** How far along a job is at this step, 0–1, for a per-photo progress bar (the service reports no percentage). */
    public double fraction() {
        return (double) ordinal() / (values().length - 1);
    }
}
