package dev.facebeauty.ui;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One parameter: its name, an editable value, a reset button, and the slider itself. */
final class SliderRow extends VBox {

    private final Slider slider;
    private final TextField valueField = new TextField();

    SliderRow(SliderSetting setting) {
        slider = new Slider(BeautyParameters.MIN, BeautyParameters.MAX, setting.start());
        getStyleClass().add("slider-row");
        setId("slider-" + setting.apiName());

        Label name = new Label(setting.label());
        name.getStyleClass().add("slider-label");
        name.setLabelFor(slider);

        valueField.getStyleClass().add("slider-value");
        valueField.setId("value-" + setting.apiName());
        valueField.setPrefColumnCount(3);
        valueField.setAlignment(Pos.CENTER_RIGHT);
        valueField.setAccessibleText(Text.get("slider.valueOf", setting.label()));

        Button reset = new Button(null, Icons.icon(Icons.RESET, 12));
        reset.getStyleClass().addAll("flat", "reset-button");
        reset.setId("reset-" + setting.apiName());
        reset.setTooltip(new Tooltip(Text.get("slider.resetTip", setting.label(), setting.start())));
        reset.setOnAction(e -> setting.reset());
        reset.setFocusTraversable(false);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, name, spacer, valueField, reset);
        header.setAlignment(Pos.CENTER_LEFT);

        slider.setId("slider-control-" + setting.apiName());
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(25);
        slider.setTooltip(new Tooltip(setting.help()));
        slider.setAccessibleText(setting.label());

        getChildren().addAll(header, slider);

        // Property <-> slider <-> text, without feedback loops: each side only writes when the value differs.
        slider.setValue(setting.value());
        valueField.setText(Integer.toString(setting.value()));
        slider.valueProperty().addListener((obs, old, v) -> {
            int rounded = (int) Math.round(v.doubleValue());
            if (rounded != setting.value()) {
                setting.valueProperty().set(rounded);
            }
        });
        setting.valueProperty().addListener((obs, old, v) -> {
            if ((int) Math.round(slider.getValue()) != v.intValue()) {
                slider.setValue(v.intValue());
            }
            valueField.setText(Integer.toString(v.intValue()));
        });
        valueField.setOnAction(e -> commit(setting));
        valueField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit(setting);
            }
        });
    }

    private void commit(SliderSetting setting) {
        try {
            setting.valueProperty().set(Integer.parseInt(valueField.getText().strip()));
        } catch (NumberFormatException e) {
            // Not a number: show the value that still applies.
        }
        valueField.setText(Integer.toString(setting.value()));
    }
}
