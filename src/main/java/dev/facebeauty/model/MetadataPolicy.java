package dev.facebeauty.model;

import dev.facebeauty.text.Text;

/** How much of the original's metadata a saved result carries. */
public enum MetadataPolicy {
    /** Nothing: the pixels only. */
    NONE,
    /** Date taken, camera, lens and exposure, and the colour profile; no location, no keywords. */
    BASIC,
    /** All of it: EXIF with GPS, IPTC, XMP (keywords, captions, ratings) and the colour profile. */
    FULL;

    /** The name in Settings' list, in the user's language. */
    @Override
    public String toString() {
        return Text.get("metadata." + name());
    }
}
