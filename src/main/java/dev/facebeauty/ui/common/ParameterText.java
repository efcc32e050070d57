package dev.facebeauty.ui.common;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;

/** Settings in a line, where space is short (the history, the batch window): "W 20 · S 30 · … · Sunny Day". */
public final class ParameterText {

    private ParameterText() {
    }

    public static String of(BeautyParameters p) {
        return String.join(" · ", p.values().entrySet().stream().map(e -> e.getKey().shortLabel() + " " + e.getValue()).toList())
                + p.filter().map(FilterType::label).map(f -> " · " + f).orElse("");
    }
}
