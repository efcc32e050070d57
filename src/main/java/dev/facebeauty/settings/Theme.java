package dev.facebeauty.settings;

/** The window's colour scheme. */
public enum Theme {
    LIGHT, DARK
}
