package dev.facebeauty.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the catalogue speaks, and the system's as the default. Each is named in its own language
 * ("Deutsch", "日本語"), as language lists are, so whoever cannot read the current one still finds theirs.
 */
public enum Language {
    SYSTEM(null, null),
    ENGLISH("en", "English"),
    GERMAN("de", "Deutsch"),
    FRENCH("fr", "Français"),
    SPANISH("es", "Español"),
    PORTUGUESE_BRAZIL("pt-BR", "Português (Brasil)"),
    JAPANESE("ja", "日本語"),
    CHINESE_SIMPLIFIED("zh-CN", "简体中文");

    private final String tag;
    private final String autonym;

    Language(String tag, String autonym) {
        this.tag = tag;
        this.autonym = autonym;
    }

    /** The IETF tag the command line's {@code --lang} takes ("pt-BR"); none for the system's. */
    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    /** The locale this choice speaks on a system whose own locale is {@code system}. */
    public Locale locale(Locale system) {
        return this == SYSTEM ? bestFor(system).locale(system) : Locale.forLanguageTag(tag);
    }

    /** The closest language the catalogue has to {@code system}'s: English when there is none. */
    public static Language bestFor(Locale system) {
        return switch (system.getLanguage()) {
            case "de" -> GERMAN;
            case "fr" -> FRENCH;
            case "es" -> SPANISH;
            case "pt" -> PORTUGUESE_BRAZIL;
            case "ja" -> JAPANESE;
            // Simplified Chinese for the mainland and Singapore; Traditional readers get English rather than it.
            case "zh" -> system.getScript().equals("Hant") || Arrays.asList("TW", "HK", "MO").contains(system.getCountry())
                    ? ENGLISH : CHINESE_SIMPLIFIED;
            default -> ENGLISH;
        };
    }

    /** Accepts a tag as {@code --lang} takes it ("de", "pt-BR", "pt_BR", "zh-CN", "system"), ignoring case. */
    public static Optional<Language> parse(String text) {
        String t = text.strip().replace('_', '-');
        if (t.equalsIgnoreCase("system")) {
            return Optional.of(SYSTEM);
        }
        return Arrays.stream(values()).filter(l -> l.tag != null && l.tag.equalsIgnoreCase(t)).findFirst()
                .or(() -> Arrays.stream(values()).filter(l -> l.tag != null && l.tag.length() == 2
                        && t.toLowerCase(Locale.ROOT).startsWith(l.tag + "-")).findFirst());
    }

    /** The name in Settings' list: the language's own name, or "System language (Deutsch)". */
    @Override
    public String toString() {
        return this == SYSTEM ? Text.get("language.system", bestFor(Text.systemLocale()).autonym)
                : autonym;
    }
}
