package dev.facebeauty.engine;

/** The steps of one retouch, in order, as the status line names them. */
public enum JobStage {
    PREPARING("Preparing"),
    UPLOADING("Uploading"),
    QUEUED("Queued"),
    PROCESSING("Processing"),
    DOWNLOADING("Downloading"),
    DONE("Done");

    private final String label;

    JobStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How far along a job is at this step, 0–1, for a per-photo progress bar (the service reports no percentage). */
    public double fraction() {
        return (double) ordinal() / (values().length - 1);
    }
}
