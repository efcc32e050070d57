package dev.facebeauty.model;

/** What size a cloud result is kept at when the photo had to be made smaller (or 8-bit sRGB) to upload. */
public enum OutputSize {
    /** Rebuilt at the original's size, bit depth and colour profile (the default). */
    FULL("The original's (rebuilt)", "full"),
    /** The service's own result, as downloaded. */
    SERVICE("The service's own", "service");

    private final String label;
    private final String option;

    OutputSize(String label, String option) {
        this.label = label;
        this.option = option;
    }

    /** The command line's spelling: {@code full} or {@code service}. */
    public String option() {
        return option;
    }

    @Override
    public String toString() {
        return label;
    }
}
