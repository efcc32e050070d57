package dev.facebeauty.ui;

import dev.facebeauty.model.Adjustment;
import dev.facebeauty.model.BeautyParameters;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/** A slider per {@link Adjustment} and the filter, read and written as one {@link BeautyParameters}. */
public final class AdjustmentsViewModel {

    private final List<SliderSetting> sliders = java.util.Arrays.stream(Adjustment.values()).map(SliderSetting::new).toList();
    private final ObjectProperty<FilterOption> filter = new SimpleObjectProperty<>(FilterOption.NONE);
    private final List<Runnable> listeners = new java.util.ArrayList<>();
    /** Set while several values change as one (a preset, Reset all, undo): listeners hear of it once, at the end. */
    private boolean together;

    public AdjustmentsViewModel() {
        sliders.forEach(slider -> slider.valueProperty().addListener((obs, old, value) -> changed()));
        filter.addListener((obs, old, value) -> changed());
    }

    /** In the API's order, which is also the order on screen. */
    public List<SliderSetting> sliders() {
        return sliders;
    }

    public ObjectProperty<FilterOption> filterProperty() {
        return filter;
    }

    public BeautyParameters parameters() {
        java.util.Map<Adjustment, Integer> values = new java.util.EnumMap<>(Adjustment.class);
        sliders.forEach(slider -> values.put(slider.adjustment(), slider.value()));
        return new BeautyParameters(values, filter.get().filter());
    }

    /** Shows {@code p} on the sliders and the filter box (e.g. the settings a recovered result was made with). */
    public void set(BeautyParameters p) {
        asOne(() -> {
            sliders.forEach(slider -> slider.valueProperty().set(p.value(slider.adjustment())));
            filter.set(new FilterOption(p.filter()));
        });
    }

    /** Runs {@code listener} after any slider or the filter changes; once for changes made together. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public void resetAll() {
        asOne(() -> {
            sliders.forEach(SliderSetting::reset);
            filter.set(FilterOption.NONE);
        });
    }

    private void asOne(Runnable changes) {
        BeautyParameters before = parameters();
        together = true;
        try {
            changes.run();
        } finally {
            together = false;
        }
        if (!parameters().equals(before)) {
            changed();
        }
    }

    private void changed() {
        if (!together) {
            listeners.forEach(Runnable::run);
        }
    }
}
