package dev.facebeauty.model;

import dev.facebeauty.text.Text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The 35 named looks of Face Beauty Pro's {@code filter_type}, in the contract's order (id 1..35). */
public enum FilterType {
    BLACK_AND_WHITE("Black and White"), CALM("Calm"), SUNNY_DAY("Sunny Day"), JOURNEY("Journey"),
    BEAUTIFY_SKIN("Beautify Skin"), HONG_KONG_STYLE("Hong Kong Style"), AESTHETIC("Aesthetic"), LOVELY("Lovely"),
    NEW_YORK("New York"), SAKURA("Sakura"), SEVENTEEN("Seventeen"), SOFT_LIGHT("Soft Light"),
    AFTERNOON_TEA("Afternoon Tea"), BRIGHTEN_SKIN("Brighten Skin"), CHAPLIN("Chaplin"), FLORAL("Floral"),
    MEMORIES("Memories"), ICE_BEAUTY("Ice Beauty"), PARIS("Paris"), TIME("Time"), LOMO("LOMO"),
    OLD_TIMES("Old Times"), EARLY_SPRING("Early Spring"), STORY("Story"), ABAO_COLOR("Abao Color"),
    FILL_LIGHT("Fill Light"), WARM("Warm"), GORGEOUS("Gorgeous"), LAVENDER("Lavender"), CHANEL("Chanel"),
    PRAGUE("Prague"), OLD_DREAMS("Old Dreams"), PEACH_BLOSSOM("Peach Blossom"), PINK("Pink"), MISTY_RAIN("Misty Rain");

    private final String displayName;

    FilterType(String displayName) {
        this.displayName = displayName;
    }

    /** The value sent as {@code filter_type}: 1 for the first look, 35 for the last. */
    public int id() {
        return ordinal() + 1;
    }

    /** The look's own English name: what files, presets and the command line spell ("Sunny Day"). */
    public String displayName() {
        return displayName;
    }

    /** The look's name in the user's language, for lists and captions. */
    public String label() {
        return Text.get("filter." + name());
    }

    public static Optional<FilterType> byId(int id) {
        return id >= 1 && id <= values().length ? Optional.of(values()[id - 1]) : Optional.empty();
    }

    /** Accepts an id ("7"), a display name ("Sunny Day") or a constant name ("sunny_day"), ignoring case. */
    public static Optional<FilterType> parse(String text) {
        String t = text.strip();
        if (t.chars().allMatch(Character::isDigit) && !t.isEmpty() && t.length() < 4) {
            return byId(Integer.parseInt(t));
        }
        String key = normalise(t);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> normalise(f.displayName).equals(key) || normalise(f.label()).equals(key))
                .findFirst();
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    @Override
    public String toString() {
        return displayName;
    }
}
