package dev.facebeauty.ui;

import dev.facebeauty.model.Adjustment;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * One beauty parameter as the window shows it: its API name, its label, its value (0..100, clamped) and the value it
 * starts at and resets to.
 */
public final class SliderSetting {

    private final Adjustment adjustment;
    private final IntegerProperty value = new SimpleIntegerProperty() {
        @Override
        public void set(int v) {
            super.set(Math.clamp(v, Adjustment.MIN, Adjustment.MAX));
        }
    };

    SliderSetting(Adjustment adjustment) {
        this.adjustment = adjustment;
        value.set(adjustment.start());
    }

    public Adjustment adjustment() {
        return adjustment;
    }

    /** The value a fresh window starts at and Reset returns to. */
    public int start() {
        return adjustment.start();
    }

    public String apiName() {
        return adjustment.apiField();
    }

    public String label() {
        return adjustment.label();
    }

    public String help() {
        return adjustment.help();
    }

    public IntegerProperty valueProperty() {
        return value;
    }

    public int value() {
        return value.get();
    }

    public void reset() {
        value.set(adjustment.start());
    }
}
