package dev.facebeauty.settings;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.text.Text;

import java.util.List;
import java.util.Optional;

/** A named set of the six sliders and the filter; the built-in ones cannot be renamed or deleted. */
public record Preset(String name, BeautyParameters parameters, boolean builtIn) {

    public Preset {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(Text.get("preset.needsName"));
        }
    }

    public static Preset of(String name, BeautyParameters parameters) {
        return new Preset(name, parameters, false);
    }

    /** Starting points for common portrait work, gentle to strong, named in the user's language. */
    public static List<Preset> starters() {
        return starters(Text.locale());
    }

    /** The built-in presets named in {@code language} (the command line also takes their English names). */
    public static List<Preset> starters(java.util.Locale language) {
        return List.of(
                new Preset(Text.in(language, "preset.natural"), BeautyParameters.firstStart(), true),
                new Preset(Text.in(language, "preset.studioHeadshot"), new BeautyParameters(30, 45, 10, 5, 5, 0, Optional.empty()), true),
                new Preset(Text.in(language, "preset.softGlam"), new BeautyParameters(55, 60, 25, 15, 20, 0, Optional.of(FilterType.PEACH_BLOSSOM)), true),
                new Preset(Text.in(language, "preset.brightAndAiry"), new BeautyParameters(45, 40, 10, 5, 10, 0, Optional.of(FilterType.SEVENTEEN)), true),
                new Preset(Text.in(language, "preset.classicBlackAndWhite"), new BeautyParameters(0, 35, 0, 0, 0, 0, Optional.of(FilterType.BLACK_AND_WHITE)), true),
                new Preset(Text.in(language, "preset.apiDefaults"), BeautyParameters.defaults(), true));
    }

    @Override
    public String toString() {
        return name;
    }
}
