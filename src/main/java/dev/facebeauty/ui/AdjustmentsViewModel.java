package dev.facebeauty.ui;

import dev.facebeauty.api.BeautyParameters;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/** The six beauty sliders and the filter, read and written as one {@link BeautyParameters}. */
public final class AdjustmentsViewModel {

    private static final BeautyParameters START = BeautyParameters.firstStart();
    private final SliderSetting whitening = new SliderSetting("whitening", "Whitening", "Brightens the skin, keeping its tone", START.whitening());
    private final SliderSetting smoothing = new SliderSetting("smoothing", "Smoothing", "Evens the skin, keeping its pores", START.smoothing());
    private final SliderSetting thinface = new SliderSetting("thinface", "Thin face", "Slims the jaw and cheeks", START.thinface());
    private final SliderSetting shrinkFace = new SliderSetting("shrink_face", "Shrink face", "Makes the whole face smaller", START.shrinkFace());
    private final SliderSetting enlargeEye = new SliderSetting("enlarge_eye", "Enlarge eyes", "Makes the eyes larger", START.enlargeEye());
    private final SliderSetting removeEyebrow = new SliderSetting("remove_eyebrow", "Remove eyebrows", "Fades the eyebrows out", START.removeEyebrow());
    private final List<SliderSetting> sliders = List.of(whitening, smoothing, thinface, shrinkFace, enlargeEye, removeEyebrow);
    private final ObjectProperty<FilterOption> filter = new SimpleObjectProperty<>(FilterOption.NONE);

    /** In the API's order, which is also the order on screen. */
    public List<SliderSetting> sliders() {
        return sliders;
    }

    public ObjectProperty<FilterOption> filterProperty() {
        return filter;
    }

    public BeautyParameters parameters() {
        return new BeautyParameters(whitening.value(), smoothing.value(), thinface.value(), shrinkFace.value(),
                enlargeEye.value(), removeEyebrow.value(), filter.get().filter());
    }

    /** Shows {@code p} on the sliders and the filter box (e.g. the settings a recovered result was made with). */
    public void set(BeautyParameters p) {
        whitening.valueProperty().set(p.whitening());
        smoothing.valueProperty().set(p.smoothing());
        thinface.valueProperty().set(p.thinface());
        shrinkFace.valueProperty().set(p.shrinkFace());
        enlargeEye.valueProperty().set(p.enlargeEye());
        removeEyebrow.valueProperty().set(p.removeEyebrow());
        filter.set(new FilterOption(p.filter()));
    }

    /** Runs {@code listener} after any slider or the filter changes. */
    public void onChange(Runnable listener) {
        sliders.forEach(slider -> slider.valueProperty().addListener((obs, old, value) -> listener.run()));
        filter.addListener((obs, old, value) -> listener.run());
    }

    public void resetAll() {
        sliders.forEach(SliderSetting::reset);
        filter.set(FilterOption.NONE);
    }
}
