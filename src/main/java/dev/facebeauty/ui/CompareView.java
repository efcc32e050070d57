package dev.facebeauty.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** Original and result side by side at the same zoom, scrolled together. */
final class CompareView extends GridPane {

    static final double MIN_ZOOM = 0.05;
    static final double MAX_ZOOM = 8;

    private final BooleanProperty fit = new SimpleBooleanProperty(true);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final Pane left;
    private final Pane right;
    private double shownScale = 1;

    CompareView(MainViewModel vm) {
        getStyleClass().add("compare-view");
        setHgap(12);
        left = new Pane("Original", vm.originalProperty(), Bindings.createStringBinding(
                () -> vm.faceSummaryProperty().get().isEmpty() ? vm.originalInfoProperty().get()
                        : vm.originalInfoProperty().get() + " · " + vm.faceSummaryProperty().get(),
                vm.originalInfoProperty(), vm.faceSummaryProperty()), "Open a portrait or drop one here");
        right = new Pane("Result", vm.shownResult(), vm.shownResultInfo(), "The retouched photo appears here");
        left.setId("original-pane");
        right.setId("result-pane");
        right.image.setId("result-image");
        left.image.setId("original-image");
        // Two equal columns whatever the images or captions, so both sides always share one scale.
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        getRowConstraints().add(row);
        add(left, 0, 0);
        add(right, 1, 0);
        left.setMinWidth(0);
        right.setMinWidth(0);
        for (Pane pane : List.of(left, right)) {
            pane.image.imageProperty().addListener(o -> relayout());
            pane.scroll.viewportBoundsProperty().addListener(o -> relayout());
        }
        fit.addListener(o -> relayout());
        zoom.addListener(o -> relayout());
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
        return shownScale;
    }

    /** One scale for both sides: in fit mode the largest that fits both panes, never above 100 %. */
    private void relayout() {
        double scale = fit.get() ? Double.MAX_VALUE : zoom.get();
        if (fit.get()) {
            for (Pane pane : List.of(left, right)) {
                Image img = pane.image.getImage();
                if (img != null) {
                    double w = Math.max(1, pane.scroll.getViewportBounds().getWidth() - 2);
                    double h = Math.max(1, pane.scroll.getViewportBounds().getHeight() - 2);
                    scale = Math.min(scale, Math.min(1, Math.min(w / img.getWidth(), h / img.getHeight())));
                }
            }
            if (scale == Double.MAX_VALUE) {
                scale = 1;
            }
        }
        shownScale = scale;
        for (Pane pane : List.of(left, right)) {
            Image img = pane.image.getImage();
            if (img != null) {
                pane.image.setFitWidth(img.getWidth() * scale);
                pane.image.setFitHeight(img.getHeight() * scale);
            }
        }
    }

    /** One side: a titled, scrollable image with a placeholder while empty. */
    private final class Pane extends VBox {
        final ImageView image = new ImageView();
        final ScrollPane scroll = new ScrollPane();

        Pane(String title, ObservableValue<Image> source, ObservableValue<String> info,
                     String placeholderText) {
            getStyleClass().add("image-pane");
            Label heading = new Label(title);
            heading.getStyleClass().add("pane-title");
            heading.setMinWidth(Region.USE_PREF_SIZE);
            Label details = new Label();
            details.getStyleClass().add("pane-info");
            details.textProperty().bind(info);
            details.setMinWidth(0);
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

            scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
                if (e.isShortcutDown() || e.isControlDown()) {
                    zoomBy(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
                    e.consume();
                }
            });
        }
    }
}
