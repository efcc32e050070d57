package dev.facebeauty.model;

import dev.facebeauty.text.Text;

import java.util.Locale;

/**
 * The beauty adjustments, declared once: the API's form field, the label and help the window shows, and where a fresh
 * window starts. Sliders, form fields, presets, the journal, command-line options, the local server's parsing, batch
 * name tokens and the history's text are all made from this list, in this order (the API's, and the screen's): adding
 * an adjustment is one more line here.
 */
public enum Adjustment {
    WHITENING("whitening", 20, false),
    SMOOTHING("smoothing", 30, false),
    THIN_FACE("thinface", 0, true),
    SHRINK_FACE("shrink_face", 0, true),
    ENLARGE_EYE("enlarge_eye", 0, true),
    REMOVE_EYEBROW("remove_eyebrow", 0, false);

    public static final int MIN = 0;
    public static final int MAX = 100;
    /** The service's own value for a field that is left out (so every field is always sent). */
    public static final int SERVICE_DEFAULT = 50;

    private final String apiField;
    private final int start;
    private final boolean movesPixels;

    Adjustment(String apiField, int start, boolean movesPixels) {
        this.apiField = apiField;
        this.start = start;
        this.movesPixels = movesPixels;
    }

    /** Whether it changes the face's shape (a warp), so a result's geometry must be followed when rebuilding it. */
    public boolean movesPixels() {
        return movesPixels;
    }

    /** The form field's name in the API ("shrink_face"); also the key in saved presets and the journal. */
    public String apiField() {
        return apiField;
    }

    /** The slider's name, in the user's language (the catalogue's {@code adjustment.<field>}). */
    public String label() {
        return Text.get("adjustment." + apiField);
    }

    /** The label in lists where space is short (the history): "Shrink". */
    public String shortLabel() {
        return Text.get("adjustment." + apiField + ".short");
    }

    public String help() {
        return Text.get("adjustment." + apiField + ".help");
    }

    /** Where a fresh window's slider starts, and Reset returns to: a natural retouch. */
    public int start() {
        return start;
    }

    /** The command-line option: {@code --shrink-face}. */
    public String option() {
        return "--" + apiField.replace('_', '-');
    }

    /** The name records and old files used before this list existed ("shrinkFace"), still read. */
    public String legacyKey() {
        String[] parts = apiField.split("_");
        StringBuilder key = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(parts[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(parts[i].substring(1));
        }
        return key.toString();
    }

    /** The adjustment whose API field is {@code field}. */
    public static java.util.Optional<Adjustment> byApiField(String field) {
        for (Adjustment a : values()) {
            if (a.apiField.equals(field)) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }
}
