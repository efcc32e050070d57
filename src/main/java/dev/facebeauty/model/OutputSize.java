package dev.facebeauty.model;

import dev.facebeauty.text.Text;

/** What size a cloud result is kept at when the photo had to be made smaller (or 8-bit sRGB) to upload. */
public enum OutputSize {
    /** Rebuilt at the original's size, bit depth and colour profile (the default). */
    FULL("full"),
    /** The service's own result, as downloaded. */
    SERVICE("service");

    private final String option;

    OutputSize(String option) {
        this.option = option;
    }

    /** The command line's spelling: {@code full} or {@code service}. */
    public String option() {
        return option;
    }

    @Override
    public String toString() {
        return Text.get("outputSize." + name());
    }
}
