package dev.facebeauty.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Original and result side by side at the same zoom, scrolled together. */
final class CompareView extends HBox {

    static final double MIN_ZOOM = 0.05;
    static final double MAX_ZOOM = 8;

    private final BooleanProperty fit = new SimpleBooleanProperty(true);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final Pane left;
    private final Pane right;

    CompareView(MainViewModel vm) {
        getStyleClass().add("compare-view");
        setSpacing(12);
        left = new Pane("Original", vm.originalProperty(), vm.originalInfoProperty(), "Open a portrait or drop one here");
        right = new Pane("Result", vm.resultProperty(), vm.resultInfoProperty(), "The retouched photo appears here");
        left.setId("original-pane");
        right.setId("result-pane");
        right.image.setId("result-image");
        left.image.setId("original-image");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
        left.scroll.hvalueProperty().bindBidirectional(right.scroll.hvalueProperty());
        left.scroll.vvalueProperty().bindBidirectional(right.scroll.vvalueProperty());
    }

    BooleanProperty fitProperty() {
        return fit;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    void zoomBy(double factor) {
        double current = fit.get() ? effectiveFitZoom() : zoom.get();
        fit.set(false);
        zoom.set(Math.clamp(current * factor, MIN_ZOOM, MAX_ZOOM));
    }

    void actualSize() {
        fit.set(false);
        zoom.set(1);
    }

    private double effectiveFitZoom() {
        Image img = left.image.getImage() != null ? left.image.getImage() : right.image.getImage();
        if (img == null) {
            return 1;
        }
        return left.image.getBoundsInLocal().getWidth() / img.getWidth();
    }

    /** One side: a titled, scrollable image with a placeholder while empty. */
    private final class Pane extends VBox {
        final ImageView image = new ImageView();
        final ScrollPane scroll = new ScrollPane();

        Pane(String title, ObservableValue<Image> source, ReadOnlyStringProperty info,
                     String placeholderText) {
            getStyleClass().add("image-pane");
            Label heading = new Label(title);
            heading.getStyleClass().add("pane-title");
            Label details = new Label();
            details.getStyleClass().add("pane-info");
            details.textProperty().bind(info);
            HBox header = new HBox(8, heading, details);
            header.setAlignment(Pos.BASELINE_LEFT);

            image.imageProperty().bind(source);
            image.setPreserveRatio(true);
            image.setSmooth(true);
            StackPane centred = new StackPane(image);
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

            Runnable resize = () -> {
                Image img = image.getImage();
                if (img == null) {
                    return;
                }
                if (fit.get()) {
                    double w = Math.max(1, scroll.getViewportBounds().getWidth() - 2);
                    double h = Math.max(1, scroll.getViewportBounds().getHeight() - 2);
                    double scale = Math.min(1, Math.min(w / img.getWidth(), h / img.getHeight()));
                    image.setFitWidth(img.getWidth() * scale);
                    image.setFitHeight(img.getHeight() * scale);
                } else {
                    image.setFitWidth(img.getWidth() * zoom.get());
                    image.setFitHeight(img.getHeight() * zoom.get());
                }
            };
            fit.addListener(o -> resize.run());
            zoom.addListener(o -> resize.run());
            image.imageProperty().addListener(o -> resize.run());
            scroll.viewportBoundsProperty().addListener(o -> resize.run());

            scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
                if (e.isShortcutDown() || e.isControlDown()) {
                    zoomBy(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
                    e.consume();
                }
            });
        }
    }
}
