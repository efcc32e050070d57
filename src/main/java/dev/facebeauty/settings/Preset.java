package dev.facebeauty.settings;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;

import java.util.List;
import java.util.Optional;

/** A named set of the six sliders and the filter; the built-in ones cannot be renamed or deleted. */
public record Preset(String name, BeautyParameters parameters, boolean builtIn) {

    public Preset {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A preset needs a name.");
        }
    }

    public static Preset of(String name, BeautyParameters parameters) {
        return new Preset(name, parameters, false);
    }

    /** Starting points for common portrait work, gentle to strong. */
    public static final List<Preset> BUILT_IN = List.of(
            new Preset("Natural", BeautyParameters.firstStart(), true),
            new Preset("Studio headshot", new BeautyParameters(30, 45, 10, 5, 5, 0, Optional.empty()), true),
            new Preset("Soft glam", new BeautyParameters(55, 60, 25, 15, 20, 0, Optional.of(FilterType.PEACH_BLOSSOM)), true),
            new Preset("Bright and airy", new BeautyParameters(45, 40, 10, 5, 10, 0, Optional.of(FilterType.SEVENTEEN)), true),
            new Preset("Classic black and white", new BeautyParameters(0, 35, 0, 0, 0, 0, Optional.of(FilterType.BLACK_AND_WHITE)), true),
            new Preset("API defaults (all 50)", BeautyParameters.defaults(), true));

    @Override
    public String toString() {
        return name;
    }
}
