package dev.facebeauty.settings;

import dev.facebeauty.text.Text;

/** The window's colour scheme. */
public enum Theme {
    LIGHT, DARK;

    @Override
    public String toString() {
        return Text.get("theme." + name());
    }
}
