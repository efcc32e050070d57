package dev.facebeauty.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two engines a user can pick, by the names the window and the command line use. */
public enum EngineKind {
    CLOUD("cloud", CloudEngine.DISPLAY_NAME),
    LOCAL("local", LocalEngine.DISPLAY_NAME);

    private final String option;
    private final String displayName;

    EngineKind(String option, String displayName) {
        this.option = option;
        this.displayName = displayName;
    }

    /** The command line's word: {@code cloud} or {@code local}. */
    public String option() {
        return option;
    }

    public String displayName() {
        return displayName;
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
        return displayName;
    }
}
