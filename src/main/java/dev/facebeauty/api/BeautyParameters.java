package dev.facebeauty.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One retouch request: the six slider strengths (0 = off, 100 = strongest) and an optional filter.
 * Values are validated on construction so that nothing out of the contract's range can reach the wire.
 */
public record BeautyParameters(int whitening, int smoothing, int thinface, int shrinkFace, int enlargeEye,
                               int removeEyebrow, Optional<FilterType> filter) {

    public static final int MIN = 0;
    public static final int MAX = 100;
    /** The service's own default for an omitted field (the sliders start at {@link #firstStart()}). */
    public static final int DEFAULT = 50;

    public BeautyParameters {
        requireInRange("whitening", whitening);
        requireInRange("smoothing", smoothing);
        requireInRange("thinface", thinface);
        requireInRange("shrink_face", shrinkFace);
        requireInRange("enlarge_eye", enlargeEye);
        requireInRange("remove_eyebrow", removeEyebrow);
        filter = filter == null ? Optional.empty() : filter;
    }

    /**
     * Where the sliders start: a natural retouch a photographer would keep (a little whitening and smoothing, shape
     * and brows untouched). The service's own defaults (all 50) remain a preset.
     */
    public static BeautyParameters firstStart() {
        return new BeautyParameters(20, 30, 0, 0, 0, 0, Optional.empty());
    }

    /** The service's defaults: every slider at 50, as when a field is omitted. */
    public static BeautyParameters defaults() {
        return new BeautyParameters(DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, Optional.empty());
    }

    public BeautyParameters withFilter(FilterType f) {
        return new BeautyParameters(whitening, smoothing, thinface, shrinkFace, enlargeEye, removeEyebrow,
                Optional.ofNullable(f));
    }

    /** The form fields exactly as the API names them; every slider is sent, 0 included, because omitted means 50. */
    public Map<String, String> formFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("whitening", Integer.toString(whitening));
        fields.put("smoothing", Integer.toString(smoothing));
        fields.put("thinface", Integer.toString(thinface));
        fields.put("shrink_face", Integer.toString(shrinkFace));
        fields.put("enlarge_eye", Integer.toString(enlargeEye));
        fields.put("remove_eyebrow", Integer.toString(removeEyebrow));
        filter.ifPresent(f -> fields.put("filter_type", Integer.toString(f.id())));
        return fields;
    }

    private static void requireInRange(String name, int value) {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException(name + " must be between 0 and 100, was " + value);
        }
    }
}
