package dev.facebeauty.model;

/** How much of the original's metadata a saved result carries. */
public enum MetadataPolicy {
    /** Nothing: the pixels only. */
    NONE("None"),
    /** Date taken, camera, lens and exposure, and the colour profile; no location, no keywords. */
    BASIC("Basic"),
    /** All of it: EXIF with GPS, IPTC, XMP (keywords, captions, ratings) and the colour profile. */
    FULL("Full");

    private final String label;

    MetadataPolicy(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
