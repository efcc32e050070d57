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


/** One side of the comparison: a titled, captioned, scrollable picture, with a placeholder while empty. */
final class ImagePane extends VBox {

    /** A zoom by {@code factor} that keeps {@code photoPoint} (in the photo's pixels) under {@code inView}. */
    @FunctionalInterface
    interface ZoomAt {
        void zoom(double factor, javafx.geometry.Point2D photoPoint, javafx.geometry.Point2D inView);
    }

    /** Where a point of the scene falls on the photo, in its pixels (outside the picture it is clamped to it). */
    javafx.geometry.Point2D photoPoint(double sceneX, double sceneY) {
        if (image.getImage() == null || image.getFitWidth() <= 0) {
            return new javafx.geometry.Point2D(0, 0);
        }
        javafx.geometry.Point2D local = image.sceneToLocal(sceneX, sceneY);
        double perPixel = image.getFitWidth() / image.getImage().getWidth();
        return new javafx.geometry.Point2D(Math.clamp(local.getX() / perPixel, 0, image.getImage().getWidth()),
                Math.clamp(local.getY() / perPixel, 0, image.getImage().getHeight()));
    }

    /** Scrolls so that {@code photoPoint} shows at {@code inView} (viewport coordinates), as near as the edges allow. */
    void place(javafx.geometry.Point2D photoPoint, javafx.geometry.Point2D inView) {
        if (image.getImage() == null) {
            return;
        }
        // The new zoom's sizes must be laid out first, or the scroll range is the old one.
        if (getScene() != null) {
            getScene().getRoot().applyCss();
            getScene().getRoot().layout();
        }
        scroll.layout();
        javafx.geometry.Bounds viewport = scroll.getViewportBounds();
        javafx.geometry.Bounds content = scroll.getContent().getLayoutBounds();
        double perPixel = image.getFitWidth() / image.getImage().getWidth();
        javafx.geometry.Point2D onContent = scroll.getContent().sceneToLocal(
                image.localToScene(photoPoint.getX() * perPixel, photoPoint.getY() * perPixel));
        if (content.getWidth() > viewport.getWidth()) {
            scroll.setHvalue(Math.clamp((onContent.getX() - inView.getX()) / (content.getWidth() - viewport.getWidth()), 0, 1));
        }
        if (content.getHeight() > viewport.getHeight()) {
            scroll.setVvalue(Math.clamp((onContent.getY() - inView.getY()) / (content.getHeight() - viewport.getHeight()), 0, 1));
        }
    }

    /** The middle of what the pane shows. */
    javafx.geometry.Point2D middle() {
        return new javafx.geometry.Point2D(scroll.getViewportBounds().getWidth() / 2, scroll.getViewportBounds().getHeight() / 2);
    }

    final ImageView image = new ImageView();
    final ScrollPane scroll = new ScrollPane();
    final StackPane stage;
    final Label heading;
    final HBox header;

    ImagePane(String title, ObservableValue<Image> source, ObservableValue<String> info, String placeholderText,
              ZoomAt zoomBy, java.util.function.Consumer<javafx.geometry.Point2D> toggleFit) {
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
                zoomBy.zoom(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, photoPoint(e.getSceneX(), e.getSceneY()),
                        new javafx.geometry.Point2D(e.getX(), e.getY()));
                e.consume();
            }
        });
        scroll.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                toggleFit.accept(photoPoint(e.getSceneX(), e.getSceneY()));
            }
        });
    }
}
