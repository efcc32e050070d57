package dev.facebeauty.model;

import dev.facebeauty.text.Text;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One retouch request: a strength for every {@link Adjustment} (0 = off, 100 = strongest) and an optional filter.
 * Values are validated on construction so that nothing out of the contract's range can reach the wire.
 */
public record BeautyParameters(Map<Adjustment, Integer> values, Optional<FilterType> filter) {

    public static final int MIN = Adjustment.MIN;
    public static final int MAX = Adjustment.MAX;
    /** The service's own default for an omitted field (the sliders start at {@link #firstStart()}). */
    public static final int DEFAULT = Adjustment.SERVICE_DEFAULT;

    public BeautyParameters {
        EnumMap<Adjustment, Integer> all = new EnumMap<>(Adjustment.class);
        for (Adjustment a : Adjustment.values()) {
            Integer value = values.get(a);
            if (value == null) {
                throw new IllegalArgumentException(Text.get("parameters.missing", a.apiField()));
            }
            if (value < MIN || value > MAX) {
                throw new IllegalArgumentException(Text.get("parameters.outOfRange", a.apiField(), value));
            }
            all.put(a, value);
        }
        values = Collections.unmodifiableMap(all);
        filter = filter == null ? Optional.empty() : filter;
    }

    /** The six adjustments by name, in the API's order; an adjustment declared later takes its starting value. */
    public BeautyParameters(int whitening, int smoothing, int thinface, int shrinkFace, int enlargeEye, int removeEyebrow,
                            Optional<FilterType> filter) {
        this(with(Map.of(Adjustment.WHITENING, whitening, Adjustment.SMOOTHING, smoothing, Adjustment.THIN_FACE, thinface,
                Adjustment.SHRINK_FACE, shrinkFace, Adjustment.ENLARGE_EYE, enlargeEye,
                Adjustment.REMOVE_EYEBROW, removeEyebrow)), filter);
    }

    private static Map<Adjustment, Integer> with(Map<Adjustment, Integer> given) {
        EnumMap<Adjustment, Integer> all = new EnumMap<>(Adjustment.class);
        for (Adjustment a : Adjustment.values()) {
            all.put(a, given.getOrDefault(a, a.start()));
        }
        return all;
    }

    /** Every adjustment at {@code value}. */
    public static BeautyParameters all(int value) {
        EnumMap<Adjustment, Integer> all = new EnumMap<>(Adjustment.class);
        for (Adjustment a : Adjustment.values()) {
            all.put(a, value);
        }
        return new BeautyParameters(all, Optional.empty());
    }

    /**
     * Where the sliders start: a natural retouch a photographer would keep (a little whitening and smoothing, shape
     * and brows untouched). The service's own defaults (all 50) remain a preset.
     */
    public static BeautyParameters firstStart() {
        return new BeautyParameters(with(Map.of()), Optional.empty());
    }

    /** The service's defaults: every slider at 50, as when a field is omitted. */
    public static BeautyParameters defaults() {
        return all(DEFAULT);
    }

    public int value(Adjustment adjustment) {
        return values.get(adjustment);
    }

    /** The same with one adjustment changed. */
    public BeautyParameters with(Adjustment adjustment, int value) {
        EnumMap<Adjustment, Integer> changed = new EnumMap<>(values);
        changed.put(adjustment, value);
        return new BeautyParameters(changed, filter);
    }

    public BeautyParameters withFilter(FilterType f) {
        return new BeautyParameters(values, Optional.ofNullable(f));
    }

    public int whitening() {
        return value(Adjustment.WHITENING);
    }

    public int smoothing() {
        return value(Adjustment.SMOOTHING);
    }

    public int thinface() {
        return value(Adjustment.THIN_FACE);
    }

    public int shrinkFace() {
        return value(Adjustment.SHRINK_FACE);
    }

    public int enlargeEye() {
        return value(Adjustment.ENLARGE_EYE);
    }

    public int removeEyebrow() {
        return value(Adjustment.REMOVE_EYEBROW);
    }

    /** The form fields exactly as the API names them; every slider is sent, 0 included, because omitted means 50. */
    public Map<String, String> formFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        values.forEach((a, v) -> fields.put(a.apiField(), Integer.toString(v)));
        filter.ifPresent(f -> fields.put("filter_type", Integer.toString(f.id())));
        return fields;
    }

    /** "20/30/0/0/0/0": the values in order, for names and the history. */
    public String valuesText(String separator) {
        return String.join(separator, values.values().stream().map(String::valueOf).toList());
    }
}
