package dev.facebeauty.ui.variants;

import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Icons;
import dev.facebeauty.ui.common.ToolWindows;
import dev.facebeauty.ui.common.Zoom;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * The variants window: tick settings on the left, Run, and compare the results in a grid beside the original, all at
 * one zoom and scrolled together; "Use this one" sends the picked variant to the main window.
 */
public final class VariantsView {

    private final Stage stage = new Stage();
    private final VariantsViewModel vm;
    private final GridPane grid = new GridPane();
    private final BooleanProperty fit = new SimpleBooleanProperty(true);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final DoubleProperty hvalue = new SimpleDoubleProperty(0.5);
    private final DoubleProperty vvalue = new SimpleDoubleProperty(0.5);
    private final ObjectProperty<VariantsViewModel.Variant> picked = new SimpleObjectProperty<>();
    private final List<Tile> tiles = new ArrayList<>();

    public VariantsView(VariantsViewModel vm, Window owner, List<String> stylesheets) {
        this.vm = vm;

        ListView<VariantsViewModel.Candidate> candidates = new ListView<>(vm.candidates());
        candidates.setId("variant-candidates");
        candidates.setCellFactory(CheckBoxListCell.forListView(VariantsViewModel.Candidate::chosenProperty));
        VBox.setVgrow(candidates, Priority.ALWAYS);
        Button presets = new Button(Text.get("variants.allPresets"));
        presets.setOnAction(e -> vm.chooseAll(VariantsViewModel.Candidate.Kind.PRESET));
        Button none = new Button(Text.get("variants.none"));
        none.setOnAction(e -> vm.chooseNone());
        Label cost = new Label();
        cost.textProperty().bind(vm.costText());
        cost.setWrapText(true);
        cost.getStyleClass().add("hint");
        Button run = new Button(Text.get("variants.run"), Icons.icon(Icons.SPARKLE));
        run.setId("variants-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.run());
        Button stop = new Button(Text.get("variants.stop"));
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.cancel());
        VBox side = new VBox(10, new Label(Text.get("variants.toTry")), candidates, new HBox(6, presets, none), cost, new HBox(6, run, stop));
        side.setPrefWidth(260);
        side.getStyleClass().add("variants-side");

        Button fitButton = new Button(Text.get("zoom.fit"));
        fitButton.setOnAction(e -> fit.set(true));
        Button actual = new Button("100 %");
        actual.setOnAction(e -> {
            fit.set(false);
            zoom.set(1);
        });
        Button out = new Button("−");
        out.setOnAction(e -> zoomBy(1 / 1.25));
        Button in = new Button("+");
        in.setOnAction(e -> zoomBy(1.25));
        HBox zoomBox = new HBox(0, out, fitButton, actual, in);
        zoomBox.getStyleClass().add("segmented");
        Button use = new Button(Text.get("variants.use"));
        use.setId("variants-use");
        use.disableProperty().bind(Bindings.createBooleanBinding(
                () -> picked.get() == null || picked.get().imageProperty().get() == null, picked));
        use.setOnAction(e -> {
            if (vm.use(picked.get())) {
                stage.close();
            }
        });
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("hint");
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(10, message, zoomBox, use);
        bar.setAlignment(Pos.CENTER_LEFT);

        grid.setId("variants-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        BorderPane right = new BorderPane(grid);
        right.setBottom(bar);
        BorderPane.setMargin(bar, new Insets(10, 0, 0, 0));
        vm.variants().addListener((ListChangeListener<VariantsViewModel.Variant>) c -> rebuild());
        fit.addListener(o -> relayout());
        zoom.addListener(o -> relayout());
        rebuild();

        BorderPane root = new BorderPane(right);
        root.setLeft(side);
        BorderPane.setMargin(side, new Insets(0, 12, 0, 0));
        root.setPadding(new Insets(16));
        ToolWindows.setUp(stage, owner, Text.get("variants.title", vm.source().getFileName()), root, 1280, 820, stylesheets, vm);
        stage.setOnHidden(e -> vm.cancel());
    }

    public void show() {
        ToolWindows.bringUp(stage);
    }

    private void zoomBy(double factor) {
        double current = fit.get() && !tiles.isEmpty() ? tiles.getFirst().fitScale() : zoom.get();
        fit.set(false);
        zoom.set(Math.clamp(current * factor, Zoom.MIN, Zoom.MAX));
    }

    /** The original and one tile per variant, in a near-square grid. */
    private void rebuild() {
        tiles.forEach(Tile::unbind);
        tiles.clear();
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        tiles.add(new Tile(Text.get("compare.original"), new SimpleObjectProperty<>(vm.original()), new SimpleObjectProperty<>(""), null));
        for (VariantsViewModel.Variant v : vm.variants()) {
            tiles.add(new Tile(v.label(), v.imageProperty(), v.stateProperty(), v));
        }
        int columns = (int) Math.ceil(Math.sqrt(tiles.size()));
        int rows = (int) Math.ceil((double) tiles.size() / columns);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(column);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / rows);
            grid.getRowConstraints().add(row);
        }
        for (int i = 0; i < tiles.size(); i++) {
            grid.add(tiles.get(i), i % columns, i / columns);
        }
        picked.set(null);
        relayout();
    }

    private void relayout() {
        Image reference = vm.original();
        if (reference == null || tiles.isEmpty()) {
            return;
        }
        double deviceScale = stage.getRenderScaleX() > 0 ? stage.getRenderScaleX() : 1;
        double scale = fit.get() ? tiles.stream().mapToDouble(Tile::fitScale).min().orElse(1) : zoom.get();
        double width = reference.getWidth() * scale / deviceScale, height = reference.getHeight() * scale / deviceScale;
        for (Tile tile : tiles) {
            tile.image.setFitWidth(width);
            tile.image.setFitHeight(height);
        }
    }

    /** One picture of the grid: title, the picture in a scroll pane that moves with the others, its state. */
    private final class Tile extends VBox {
        final ImageView image = new ImageView();
        final ScrollPane scroll = new ScrollPane();

        Tile(String title, ObservableValue<Image> picture, ObservableValue<String> state, VariantsViewModel.Variant variant) {
            getStyleClass().add("variant-tile");
            // Title and state on two lines of their own, each whole in its tooltip: side by side they were cut off.
            Label name = new Label(title);
            name.getStyleClass().add("pane-title");
            name.setTooltip(new javafx.scene.control.Tooltip(title));
            name.setMinWidth(0);
            Label info = new Label();
            info.textProperty().bind(state);
            info.getStyleClass().add("pane-info");
            info.setMinWidth(0);
            // Two lines whatever the state says, so the pictures of a row keep one top edge.
            info.setWrapText(true);
            info.setMinHeight(34);
            info.setPrefHeight(34);
            info.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
            whole.textProperty().bind(state);
            info.setTooltip(whole);
            image.imageProperty().bind(picture);
            image.setPreserveRatio(true);
            image.setSmooth(true);
            StackPane centred = new StackPane(image);
            centred.getStyleClass().add("image-stage");
            centred.minWidthProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getWidth(),
                    scroll.viewportBoundsProperty()));
            centred.minHeightProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getHeight(),
                    scroll.viewportBoundsProperty()));
            scroll.setContent(centred);
            scroll.setPannable(true);
            scroll.getStyleClass().add("image-scroll");
            scroll.hvalueProperty().bindBidirectional(hvalue);
            scroll.vvalueProperty().bindBidirectional(vvalue);
            scroll.viewportBoundsProperty().addListener(o -> {
                if (fit.get()) {
                    relayout();
                }
            });
            scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
                if (!e.isShiftDown() && e.getDeltaY() != 0) {
                    zoomBy(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
                    e.consume();
                }
            });
            VBox.setVgrow(scroll, Priority.ALWAYS);
            setMinSize(0, 0);
            getChildren().addAll(new VBox(1, name, info), scroll);
            if (variant != null) {
                setOnMouseClicked(e -> picked.set(variant));
                picked.addListener((obs, old, now) -> pseudoClassStateChanged(SELECTED, now == variant));
            }
        }

        /** The scale at which the original fits this tile, never above 100 %. */
        double fitScale() {
            Image reference = vm.original();
            double w = Math.max(1, scroll.getViewportBounds().getWidth() - 2);
            double h = Math.max(1, scroll.getViewportBounds().getHeight() - 2);
            double deviceScale = stage.getRenderScaleX() > 0 ? stage.getRenderScaleX() : 1;
            return reference == null ? 1 : Math.min(1, Math.min(w / reference.getWidth(), h / reference.getHeight()) * deviceScale);
        }

        void unbind() {
            scroll.hvalueProperty().unbindBidirectional(hvalue);
            scroll.vvalueProperty().unbindBidirectional(vvalue);
        }
    }

    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");
}
