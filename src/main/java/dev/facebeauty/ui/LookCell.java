package dev.facebeauty.ui;

import dev.facebeauty.model.FilterType;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

import java.util.Map;

/** A line of the filter list: the look drawn small on the open photo, then its number and name. */
final class LookCell extends ListCell<FilterOption> {

    private final ObservableValue<Map<FilterType, Image>> looks;
    private final ImageView picture = new ImageView();

    LookCell(ObservableValue<Map<FilterType, Image>> looks) {
        this.looks = looks;
        picture.setFitWidth(PhotoViewModel.LOOK_SIDE * 0.75);
        picture.setFitHeight(PhotoViewModel.LOOK_SIDE * 0.75);
        picture.setPreserveRatio(true);
        getStyleClass().add("look-cell");
    }

    @Override
    protected void updateItem(FilterOption option, boolean empty) {
        super.updateItem(option, empty);
        if (empty || option == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(option.toString());
        Image look = option.filter().map(f -> looks.getValue().get(f)).orElse(null);
        picture.setImage(look);
        setGraphic(look == null ? null : picture);
    }
}
