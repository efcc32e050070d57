package dev.facebeauty.ui;

import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Zoom;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.shape.Rectangle;

import java.util.List;

/**
 * Original and result at one zoom, panned together, in two modes: side by side, or split (one picture, the original
 * left of a draggable divider and the result right of it). Holding the space bar shows the original in place of the
 * result in either mode. The result is always drawn at the original's size, whatever its pixel count (a cloud
 * result of a fitted photo, a screen-sized preview), so the two line up; 100 % is one original pixel per device
 * pixel, also on HiDPI screens.
 */
final class CompareView extends GridPane {


    enum Mode { SIDE_BY_SIDE, SPLIT }

    private final BooleanProperty fit = new SimpleBooleanProperty(true);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.SIDE_BY_SIDE);
    private final BooleanProperty showingOriginal = new SimpleBooleanProperty(false);
    /** Divider position in split mode, 0–1 of the picture's width. */
    private final DoubleProperty divider = new SimpleDoubleProperty(0.5);
    private final ImageView originalOverlay = new ImageView();
    /** The original over the result at 1 − amount opacity: the retouch shown at the chosen strength. */
    private final ImageView amountOverlay = new ImageView();
    private final Rectangle overlayClip = new Rectangle();
    /** The original where the restore brush painted: clipped by the brush's coverage image. */
    private final ImageView restoreOverlay = new ImageView();
    private final ImageView restoreClip = new ImageView();
    /** The restore brush on the result: its cursor, its mask tint, painting with the pointer. */
    private final BrushOnResult brushLayers;
    private final RestoreBrush brush;
    private final Region dividerHandle = new Region();
    private final ImagePane left;
    private final ImagePane right;
    private double shownScale = 1;
    /** The zoom shown, in per cent of one original pixel per device pixel: for the toolbar's figure. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper shownPercent = new javafx.beans.property.ReadOnlyIntegerWrapper(100);

    CompareView(MainViewModel vm) {
        this.brush = vm.restoreBrush();
        getStyleClass().add("compare-view");
        setHgap(12);
        left = new ImagePane(Text.get("compare.original"), vm.photo().imageProperty(), Bindings.createStringBinding(
                () -> vm.photo().faceSummaryProperty().get().isEmpty() ? vm.photo().infoProperty().get()
                        : vm.photo().infoProperty().get() + " · " + vm.photo().faceSummaryProperty().get(),
                vm.photo().infoProperty(), vm.photo().faceSummaryProperty()), Text.get("compare.originalEmpty"), this::zoomAt,
                this::toggleFitAt);
        right = new ImagePane(Text.get("compare.result"), vm.shownResult(), vm.shownResultInfo(), Text.get("compare.resultEmpty"),
                this::zoomAt, this::toggleFitAt);
        brushLayers = new BrushOnResult(brush, right, left, showingOriginal);
        // Both captions take the taller one's height, so the two pictures share one top edge (and one fitted scale).
        javafx.beans.binding.DoubleBinding captions = Bindings.createDoubleBinding(
                () -> Math.max(left.header.prefHeight(left.header.getWidth()), right.header.prefHeight(right.header.getWidth())),
                left.header.widthProperty(), right.header.widthProperty(), vm.photo().infoProperty(),
                vm.photo().faceSummaryProperty(), vm.shownResultInfo());
        left.header.minHeightProperty().bind(captions);
        right.header.minHeightProperty().bind(captions);
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
        mode.addListener((obs, old, m) -> {
            boolean split = m == Mode.SPLIT;
            right.heading.setText(Text.get(split ? "compare.split" : "compare.result"));
            left.setVisible(!split);
            left.setManaged(!split);
            getColumnConstraints().get(0).setPercentWidth(split ? 0 : 50);
            getColumnConstraints().get(1).setPercentWidth(split ? 100 : 50);
            relayout();
        });
        setUpOverlay(vm);
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        getRowConstraints().add(row);
        add(left, 0, 0);
        add(right, 1, 0);
        left.setMinWidth(0);
        right.setMinWidth(0);
        for (ImagePane pane : List.of(left, right)) {
            pane.image.imageProperty().addListener(o -> relayout());
            pane.scroll.viewportBoundsProperty().addListener(o -> relayout());
        }
        fit.addListener(o -> relayout());
        zoom.addListener(o -> relayout());
        left.scroll.hvalueProperty().bindBidirectional(right.scroll.hvalueProperty());
        left.scroll.vvalueProperty().bindBidirectional(right.scroll.vvalueProperty());
    }

    /**
     * The original, drawn over the result pane's picture: clipped to the left of the divider in split mode, whole
     * while the space bar is held, hidden otherwise.
     */
    private void setUpOverlay(MainViewModel vm) {
        originalOverlay.imageProperty().bind(vm.photo().imageProperty());
        originalOverlay.setPreserveRatio(false);
        originalOverlay.setSmooth(true);
        originalOverlay.setId("original-overlay");
        originalOverlay.setClip(overlayClip);
        originalOverlay.setMouseTransparent(true);
        dividerHandle.getStyleClass().add("split-divider");
        dividerHandle.setId("split-divider");
        dividerHandle.setManaged(false);
        amountOverlay.imageProperty().bind(vm.photo().imageProperty());
        amountOverlay.setId("amount-overlay");
        amountOverlay.setMouseTransparent(true);
        amountOverlay.opacityProperty().bind(vm.result().amountProperty().multiply(-0.01).add(1));
        amountOverlay.visibleProperty().bind(right.image.imageProperty().isNotNull().and(vm.result().amountProperty().lessThan(100)));
        restoreOverlay.imageProperty().bind(vm.photo().imageProperty());
        restoreOverlay.setId("restore-overlay");
        restoreOverlay.setMouseTransparent(true);
        restoreClip.imageProperty().bind(brush.maskImageProperty());
        restoreClip.setSmooth(true);
        restoreOverlay.setClip(restoreClip);
        restoreOverlay.visibleProperty().bind(right.image.imageProperty().isNotNull().and(brush.paintedProperty()));
        right.stage.getChildren().addAll(amountOverlay, restoreOverlay, brushLayers.maskTint(), originalOverlay, dividerHandle,
                brushLayers.cursor());
        left.stage.getChildren().add(new FaceMarkers(vm.faces(), vm.photo().facesProperty(), left.image));
        focusOn(() -> vm.faces().centre(vm.faces().pickedProperty().get()));
        originalOverlay.visibleProperty().bind(right.image.imageProperty().isNotNull()
                .and(mode.isEqualTo(Mode.SPLIT).or(showingOriginal)));
        dividerHandle.visibleProperty().bind(right.image.imageProperty().isNotNull()
                .and(mode.isEqualTo(Mode.SPLIT)).and(showingOriginal.not()));
        for (var property : List.of(divider, showingOriginal, mode)) {
            property.addListener(o -> placeDivider());
        }
        originalOverlay.fitWidthProperty().addListener(o -> placeDivider());
        originalOverlay.layoutXProperty().addListener(o -> placeDivider());
        originalOverlay.layoutYProperty().addListener(o -> placeDivider());
        // Drag anywhere on the picture to move the divider (pan with the scroll bars or the wheel in split mode).
        right.stage.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragDivider(e));
        right.stage.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> dragDivider(e));
    }

    private void dragDivider(MouseEvent e) {
        if (mode.get() != Mode.SPLIT || originalOverlay.getFitWidth() <= 0 || brush.activeProperty().get()) {
            return;
        }
        double x = right.stage.sceneToLocal(e.getSceneX(), e.getSceneY()).getX() - originalOverlay.getLayoutX();
        divider.set(Math.clamp(x / originalOverlay.getFitWidth(), 0, 1));
        e.consume();
    }

    private void placeDivider() {
        double w = originalOverlay.getFitWidth(), h = originalOverlay.getFitHeight();
        overlayClip.setWidth(showingOriginal.get() || mode.get() != Mode.SPLIT ? w : w * divider.get());
        overlayClip.setHeight(h);
        dividerHandle.resizeRelocate(originalOverlay.getLayoutX() + w * divider.get() - 1, originalOverlay.getLayoutY(), 2, h);
    }

    ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** True while the original is shown in place of the result (the space bar is held). */
    BooleanProperty showingOriginalProperty() {
        return showingOriginal;
    }

    DoubleProperty dividerProperty() {
        return divider;
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
        zoom.set(Math.clamp(current * factor, Zoom.MIN, Zoom.MAX));
    }

    /** The zoom shown now, in per cent (fit included). */
    javafx.beans.property.ReadOnlyIntegerProperty shownPercentProperty() {
        return shownPercent.getReadOnlyProperty();
    }

    /** Double-click: 100 % when fitted, fit again when zoomed. */
    /** The wheel: zooms keeping the photo point under the pointer where it is, as photo viewers do. */
    void zoomAt(double factor, javafx.geometry.Point2D photoPoint, javafx.geometry.Point2D inView) {
        zoomBy(factor);
        shownPane().place(photoPoint, inView);
    }

    /** A double-click: 100 % with the clicked point in the middle, or back to fit. */
    void toggleFitAt(javafx.geometry.Point2D photoPoint) {
        if (fit.get() && shownScale < 1) {
            actualSizeAt(photoPoint);
        } else {
            fit.set(true);
        }
    }

    /** 100 % (Ctrl/Cmd+1, the button): on the picked face, else the first face, else the middle of the photo. */
    void actualSize() {
        javafx.geometry.Point2D target = focus.get();
        if (target == null) { // no face: what is in the middle of the view stays there
            ImagePane pane = shownPane();
            javafx.geometry.Point2D middle = pane.middle();
            target = pane.photoPoint(pane.scroll.localToScene(middle.getX(), middle.getY()).getX(),
                    pane.scroll.localToScene(middle.getX(), middle.getY()).getY());
        }
        actualSizeAt(target);
    }

    void actualSizeAt(javafx.geometry.Point2D photoPoint) {
        fit.set(false);
        zoom.set(1);
        if (photoPoint != null) {
            ImagePane pane = shownPane();
            pane.place(photoPoint, pane.middle());
        }
    }

    /** Where 100 % centres when nothing was clicked: set by the window (the picked or first face). */
    void focusOn(java.util.function.Supplier<javafx.geometry.Point2D> where) {
        this.focus = where;
    }

    private java.util.function.Supplier<javafx.geometry.Point2D> focus = () -> null;

    private ImagePane shownPane() {
        return mode.get() == Mode.SPLIT ? right : left;
    }

    private double effectiveFitZoom() {
        return shownScale;
    }

    /**
     * One scale for both sides, in original pixels per device pixel: in fit mode the largest at which the original fits
     * the panes, never above 100 %. Every picture is drawn at the original's size times that scale.
     */
    private void relayout() {
        Image reference = left.image.getImage() != null ? left.image.getImage() : right.image.getImage();
        if (reference == null) {
            return;
        }
        double deviceScale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getRenderScaleX() : 1;
        double scale = zoom.get();
        if (fit.get()) {
            ImagePane visible = mode.get() == Mode.SPLIT ? right : left;
            double w = Math.max(1, visible.scroll.getViewportBounds().getWidth() - 2);
            double h = Math.max(1, visible.scroll.getViewportBounds().getHeight() - 2);
            scale = Math.min(1, Math.min(w / reference.getWidth(), h / reference.getHeight()) * deviceScale);
        }
        shownScale = scale;
        shownPercent.set((int) Math.round(scale * 100));
        double width = reference.getWidth() * scale / deviceScale, height = reference.getHeight() * scale / deviceScale;
        for (ImageView view : List.of(left.image, right.image, originalOverlay, amountOverlay, restoreOverlay, restoreClip,
                brushLayers.maskClip())) {
            view.setFitWidth(width);
            view.setFitHeight(height);
        }
        placeDivider();
    }
}
