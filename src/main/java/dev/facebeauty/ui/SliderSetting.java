package dev.facebeauty.ui;

import dev.facebeauty.api.BeautyParameters;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** One beauty parameter as the window shows it: its API name, its label, and its value (0..100, clamped). */
public final class SliderSetting {

    private final String apiName;
    private final String label;
    private final String help;
    private final IntegerProperty value = new SimpleIntegerProperty(BeautyParameters.DEFAULT) {
        @Override
        public void set(int v) {
            super.set(Math.clamp(v, BeautyParameters.MIN, BeautyParameters.MAX));
        }
    };

    SliderSetting(String apiName, String label, String help) {
        this.apiName = apiName;
        this.label = label;
        this.help = help;
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
        value.set(BeautyParameters.DEFAULT);
    }
}
