package dev.facebeauty.ui.common;

/** How far a picture may be zoomed out and in, in the comparison and the variants grid alike. */
public final class Zoom {

    public static final double MIN = 0.05;
    public static final double MAX = 8;

    private Zoom() {
    }
}
