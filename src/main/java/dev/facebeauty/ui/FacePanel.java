package dev.facebeauty.ui;

import dev.facebeauty.text.Text;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;

/**
 * The picked face of a group photo: whether it is retouched and how much of the retouch it keeps. Shown only for
 * photos with more than one face; until a face is picked it says how to pick one.
 */
final class FacePanel extends VBox {

    private boolean updating;

    FacePanel(MainViewModel vm) {
        super(6);
        FacesViewModel faces = vm.faces();
        setId("face-panel");
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> faces.pickedProperty().get() < 0
                ? Text.get("faces.count", faces.count()) : Text.get("faces.picked", faces.pickedProperty().get() + 1),
                faces.pickedProperty(), vm.photo().facesProperty()));
        Label hint = new Label(Text.get("faces.pickHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        CheckBox retouch = new CheckBox(Text.get("faces.retouch"));
        retouch.setId("face-retouch");
        Slider amount = new Slider(0, 100, 100);
        amount.setId("face-amount");
        amount.setBlockIncrement(5);
        Label shown = new Label();
        shown.setId("face-amount-value");
        shown.textProperty().bind(Bindings.format("%d %%", amount.valueProperty().map(Number::intValue)));
        javafx.scene.layout.HBox.setHgrow(amount, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox amountRow = new javafx.scene.layout.HBox(8, amount, shown);
        amountRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label amountHint = new Label(Text.get("faces.amountHint"));
        amountHint.getStyleClass().add("hint");
        amountHint.setWrapText(true);
        Runnable show = () -> {
            int picked = faces.pickedProperty().get();
            boolean any = picked >= 0;
            hint.setVisible(!any);
            hint.setManaged(!any);
            for (var control : java.util.List.of(retouch, amountRow, amountHint)) {
                control.setVisible(any);
                control.setManaged(any);
            }
            if (any) {
                updating = true;
                int value = faces.amountsProperty().get().of(picked);
                retouch.setSelected(value > 0);
                amount.setValue(value);
                updating = false;
            }
        };
        faces.pickedProperty().addListener(o -> show.run());
        faces.amountsProperty().addListener(o -> show.run());
        retouch.selectedProperty().addListener((obs, was, on) -> {
            if (!updating && faces.pickedProperty().get() >= 0) {
                faces.setAmount(faces.pickedProperty().get(), on ? 100 : 0);
            }
        });
        amount.valueProperty().addListener((obs, old, value) -> {
            if (!updating && faces.pickedProperty().get() >= 0) {
                faces.setAmount(faces.pickedProperty().get(), (int) Math.round(value.doubleValue()));
            }
        });
        getChildren().addAll(title, hint, retouch, amountRow, amountHint);
        Runnable visibility = () -> {
            boolean group = faces.count() > 1;
            setVisible(group);
            setManaged(group);
        };
        vm.photo().facesProperty().addListener(o -> visibility.run());
        visibility.run();
        show.run();
    }
}
