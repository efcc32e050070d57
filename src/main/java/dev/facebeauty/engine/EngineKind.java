package dev.facebeauty.engine;

import dev.facebeauty.text.Text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two engines a user can pick, by the names the window and the command line use. */
public enum EngineKind {
    CLOUD("cloud"),
    LOCAL("local");

    private final String option;

    EngineKind(String option) {
        this.option = option;
    }

    /** The command line's word: {@code cloud} or {@code local}. */
    public String option() {
        return option;
    }

    /** The engine's name as the window shows it with every result ("AILabTools cloud"). */
    public String displayName() {
        return Text.get("engine." + option);
    }

    /** The cloud when there is an API key to pay with, otherwise the built-in engine. */
    public static EngineKind defaultFor(boolean haveApiKey) {
        return haveApiKey ? CLOUD : LOCAL;
    }

    public static Optional<EngineKind> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.option.equals(t)).findFirst();
    }

    @Override
    public String toString() {
        return displayName();
    }
}
