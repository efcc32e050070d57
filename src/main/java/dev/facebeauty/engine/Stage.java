package dev.facebeauty.engine;

/** The steps of one retouch, in order, as the status line names them. */
public enum Stage {
    PREPARING("Preparing"),
    UPLOADING("Uploading"),
    QUEUED("Queued"),
    PROCESSING("Processing"),
    DOWNLOADING("Downloading"),
    DONE("Done");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
