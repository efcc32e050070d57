package dev.facebeauty.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every sentence the user reads, in their language: one catalogue ({@code messages*.properties} beside this class),
 * looked up by key. Every entry is a {@link MessageFormat} pattern, arguments or not, so an apostrophe is always
 * written twice ({@code ''}) and counts choose their own plural form ({@code {0,choice,1#photo|1<photos}}).
 * The lowest layer: anything may use it, it uses nothing of ours.
 */
public final class Text {

    /** The catalogue's base name. */
    public static final String BUNDLE = "dev.facebeauty.text.messages";

    /** The system's own locale, kept before any choice replaces the default. */
    private static final Locale SYSTEM = Locale.getDefault(Locale.Category.DISPLAY);
    private static volatile Locale locale = SYSTEM;

    private Text() {
    }

    /** The language every later look-up speaks; chosen once at start (Settings, {@code --lang} or the system's). */
    public static void useLocale(Locale chosen) {
        locale = Objects.requireNonNull(chosen);
        // The default too, so that dates, numbers and the toolkit's own buttons (OK, Cancel) speak the same language.
        Locale.setDefault(chosen);
    }

    /** Chooses the language: {@code chosen} as Settings or {@code --lang} name it, applied to the system's locale. */
    public static void use(Language chosen) {
        useLocale(chosen.locale(SYSTEM));
    }

    /** The system's locale, whatever was chosen since. */
    public static Locale systemLocale() {
        return SYSTEM;
    }

    public static Locale locale() {
        return locale;
    }

    public static ResourceBundle bundle() {
        return bundle(locale);
    }

    public static ResourceBundle bundle(Locale in) {
        // The English file is the base, and English has its own (empty) file too, so asking for English never falls
        // back to the JVM's default language. (A ResourceBundle.Control would say so directly, but named modules —
        // mvn javafx:run — refuse one.)
        return ResourceBundle.getBundle(BUNDLE, in);
    }

    /** The sentence for {@code key}, its arguments formatted in the chosen locale. */
    public static String get(String key, Object... args) {
        return format(bundle(), key, args);
    }

    /** The sentence for {@code key} in another language than the chosen one. */
    public static String in(Locale language, String key, Object... args) {
        return format(bundle(language), key, args);
    }

    static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No sentence '" + key + "' in the catalogue", e);
        }
        return new MessageFormat(pattern, bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale())
                .format(args);
    }

    /** Whether the catalogue has {@code key} (for lists whose entries are optional, like a look's description). */
    public static boolean has(String key) {
        return bundle().containsKey(key);
    }
}
