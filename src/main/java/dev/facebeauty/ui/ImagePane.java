package dev.facebeauty.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.DoubleConsumer;

/** One side of the comparison: a titled, captioned, scrollable picture, with a placeholder while empty. */
final class ImagePane extends VBox {

    final ImageView image = new ImageView();
    final ScrollPane scroll = new ScrollPane();
    final StackPane stage;
    final Label heading;
    final HBox header;

    ImagePane(String title, ObservableValue<Image> source, ObservableValue<String> info, String placeholderText,
              DoubleConsumer zoomBy, Runnable toggleFit) {
        getStyleClass().add("image-pane");
        heading = new Label(title);
        heading.getStyleClass().add("pane-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label details = new Label();
        details.getStyleClass().add("pane-info");
        details.textProperty().bind(info);
        details.setMinWidth(0);
        // Long captions (a note, a translation) wrap onto a second line rather than being cut off.
        details.setWrapText(true);
        details.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(details, Priority.ALWAYS);
        details.setMinHeight(Region.USE_PREF_SIZE);
        header = new HBox(8, heading, details);
        header.setAlignment(Pos.BASELINE_LEFT);

        image.imageProperty().bind(source);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        StackPane centred = new StackPane(image);
        stage = centred;
        centred.getStyleClass().add("image-stage");
        scroll.setContent(centred);
        scroll.setPannable(true);
        scroll.getStyleClass().add("image-scroll");
        centred.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
        centred.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));

        Label placeholder = new Label(placeholderText);
        placeholder.getStyleClass().add("placeholder");
        placeholder.visibleProperty().bind(image.imageProperty().isNull());
        placeholder.setMouseTransparent(true);
        StackPane body = new StackPane(scroll, placeholder);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);

        // The wheel zooms (as in photo viewers); with Shift it scrolls, and dragging pans.
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (!e.isShiftDown() && e.getDeltaY() != 0) {
                zoomBy.accept(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
                e.consume();
            }
        });
        scroll.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                toggleFit.run();
            }
        });
    }
}
