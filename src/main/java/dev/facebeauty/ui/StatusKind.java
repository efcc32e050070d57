package dev.facebeauty.ui;

/** How the status line should look. */
public enum StatusKind {
    INFO, BUSY, SUCCESS, ERROR
}
