package dev.facebeauty.ui;

import dev.facebeauty.api.BeautyParameters;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * One beauty parameter as the window shows it: its API name, its label, its value (0..100, clamped) and the value it
 * starts at and resets to.
 */
public final class SliderSetting {

    private final String apiName;
    private final String label;
    private final String help;
    private final int start;
    private final IntegerProperty value = new SimpleIntegerProperty() {
        @Override
        public void set(int v) {
            super.set(Math.clamp(v, BeautyParameters.MIN, BeautyParameters.MAX));
        }
    };

    SliderSetting(String apiName, String label, String help, int start) {
        this.apiName = apiName;
        this.label = label;
        this.help = help;
        this.start = start;
        value.set(start);
    }

    /** The value a fresh window starts at and Reset returns to. */
    public int start() {
        return start;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    public String help() {
        return help;
    }

    public IntegerProperty valueProperty() {
        return value;
    }

    public int value() {
        return value.get();
    }

    public void reset() {
        value.set(start);
    }
}
