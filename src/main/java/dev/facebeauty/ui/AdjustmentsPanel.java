package dev.facebeauty.ui;

import dev.facebeauty.settings.Preset;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Dialogs;
import dev.facebeauty.ui.common.Icons;
import dev.facebeauty.ui.common.UserMessages;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;

/** The main window's left side: presets, a slider per adjustment, the filter, Reset all, and the result's Amount and restore brush. */
final class AdjustmentsPanel extends ScrollPane {

    private final MainViewModel vm;

    AdjustmentsPanel(MainViewModel vm) {
        this.vm = vm;
        Label title = new Label(Text.get("adjustments.title"));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(14);
        box.getStyleClass().add("adjustments");
        box.getChildren().addAll(title, presetsControl());
        vm.adjustments().sliders().forEach(s -> box.getChildren().add(new SliderRow(s)));

        Label filterLabel = new Label(Text.get("adjustments.filter"));
        filterLabel.getStyleClass().add("slider-label");
        ComboBox<FilterOption> filter = new ComboBox<>();
        filter.setId("filter-box");
        filter.getItems().setAll(FilterOption.all());
        filter.valueProperty().bindBidirectional(vm.adjustments().filterProperty());
        filter.setVisibleRowCount(14);
        filter.setMaxWidth(Double.MAX_VALUE);
        // Each look drawn small on the open photo, in the list; the box itself shows the name alone.
        filter.setCellFactory(list -> new LookCell(vm.photo().looksProperty()));
        vm.photo().looksProperty().addListener(o -> filter.setCellFactory(list -> new LookCell(vm.photo().looksProperty())));
        filter.setButtonCell(new LookCell(new javafx.beans.property.SimpleObjectProperty<>(java.util.Map.of())));
        filterLabel.setLabelFor(filter);

        Button resetAll = new Button(Text.get("adjustments.resetAll"), Icons.icon(Icons.RESET, 12));
        resetAll.setId("reset-all");
        resetAll.setOnAction(e -> vm.edits().resetAll());

        Label notes = new Label();
        notes.getStyleClass().add("hint");
        notes.setWrapText(true);
        notes.textProperty().bind(vm.preparationNotesProperty());
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        notes.visibleProperty().bind(notes.managedProperty());
        notes.setId("preparation-notes");

        Label resultTitle = new Label(Text.get("adjustments.result"));
        resultTitle.getStyleClass().add("section-title");
        box.getChildren().addAll(new VBox(6, filterLabel, filter), resetAll, notes, new FacePanel(vm), new Separator(),
                resultTitle, amountControl(), brushControl());
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getStyleClass().add("side-panel");
        setPrefWidth(300);
        setMinWidth(260);
    }

    /** The preset list (choosing one applies it) and a menu to save, rename, delete, import and export presets. */
    private Node presetsControl() {
        PresetsViewModel presets = vm.presets();
        ComboBox<Preset> choice = new ComboBox<>(presets.presets());
        choice.setId("preset-box");
        choice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(choice, Priority.ALWAYS);
        // The box says which preset the sliders are at, or that they left it ("Natural — modified").
        java.util.function.Supplier<String> boxText = () -> presets.labelProperty().get().isEmpty()
                ? Text.get("presets.apply") : presets.labelProperty().get();
        javafx.scene.control.ListCell<Preset> shown = new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(boxText.get());
            }
        };
        choice.setButtonCell(shown);
        // With nothing chosen the box shows its prompt: the same words.
        choice.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(boxText::get,
                presets.labelProperty()));
        presets.labelProperty().addListener((obs, old, text) -> {
            shown.setText(boxText.get());
            if (choice.getValue() != null && !choice.getValue().name().equals(text)) {
                choice.getSelectionModel().clearSelection(); // so choosing the same preset again applies it again
            }
        });
        choice.setOnAction(e -> {
            if (choice.getValue() != null) {
                presets.apply(choice.getValue());
            }
        });
        MenuItem save = new MenuItem(Text.get("presets.saveAs"));
        save.setOnAction(e -> ask(Text.get("presets.saveTitle"), Text.get("presets.saveName"), "")
                .ifPresent(name -> act(() -> choice.setValue(presets.saveCurrent(name)))));
        MenuItem rename = new MenuItem(Text.get("presets.rename"));
        rename.setOnAction(e -> selected(choice).ifPresent(p -> ask(Text.get("presets.renameTitle"), Text.get("presets.renameName"), p.name())
                .ifPresent(name -> act(() -> presets.rename(p, name)))));
        MenuItem delete = new MenuItem(Text.get("presets.delete"));
        delete.setOnAction(e -> selected(choice).ifPresent(p -> act(() -> presets.delete(p))));
        rename.disableProperty().bind(choice.valueProperty().isNull());
        delete.disableProperty().bind(choice.valueProperty().isNull());
        MenuItem importItem = new MenuItem(Text.get("presets.import"));
        importItem.setOnAction(e -> {
            File file = presetChooser(Text.get("presets.importTitle")).showOpenDialog(getScene().getWindow());
            if (file != null) {
                act(() -> presets.importFrom(file.toPath()));
            }
        });
        MenuItem exportItem = new MenuItem(Text.get("presets.export"));
        exportItem.setOnAction(e -> {
            FileChooser chooser = presetChooser(Text.get("presets.exportTitle"));
            chooser.setInitialFileName("face-beauty-presets.json");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                act(() -> presets.exportTo(file.toPath()));
            }
        });
        MenuButton menu = new MenuButton(null, Icons.icon(Icons.GEAR, 12), save, rename, delete,
                new SeparatorMenuItem(), importItem, exportItem);
        menu.setId("preset-menu");
        menu.setTooltip(new Tooltip(Text.get("presets.menuTip")));
        return new HBox(6, choice, menu);
    }

    private static java.util.Optional<Preset> selected(ComboBox<Preset> choice) {
        return java.util.Optional.ofNullable(choice.getValue());
    }

    private FileChooser presetChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Text.get("presets.fileType"), "*.json"));
        return chooser;
    }

    private java.util.Optional<String> ask(String title, String prompt, String initial) {
        return Dialogs.ask(this, title, prompt, initial);
    }

    private interface PresetAction {
        void run() throws UserMessages.UserFacingException;
    }

    /** Runs a preset change; a problem is told in a message box, never thrown at the user. */
    private void act(PresetAction action) {
        try {
            action.run();
        } catch (UserMessages.UserFacingException e) {
            Dialogs.tell(this, Alert.AlertType.WARNING, Text.get("presets.title"), e.getMessage());
        }
    }

    /** "Amount": how much of the retouch to keep, shown at once and used by Save. */
    private Node amountControl() {
        Slider slider = new Slider(0, 100, 100);
        slider.setId("amount-slider");
        slider.setBlockIncrement(5);
        slider.disableProperty().bind(vm.result().imageProperty().isNull());
        VBox box = sliderRow(Text.get("amount.label"), slider, vm.result().amountProperty(), "%d %%");
        Label hint = new Label(Text.get("amount.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        box.setSpacing(6);
        box.getChildren().add(hint);
        return box;
    }

    /** The restore brush: on/off, size, softness, erase, undo and clear. */
    private Node brushControl() {
        RestoreBrush brush = vm.restoreBrush();
        ToggleButton on = new ToggleButton(Text.get("brush.label"), Icons.icon(Icons.BRUSH));
        on.setId("restore-brush");
        on.selectedProperty().bindBidirectional(brush.activeProperty());
        on.setTooltip(new Tooltip(Text.get("brush.tip")));
        // Nothing to paint on while the pane shows a preview instead of the result.
        on.disableProperty().bind(brush.maskImageProperty().isNull().or(vm.previewShownProperty()));
        ToggleButton erase = new ToggleButton(Text.get("brush.erase"));
        erase.setId("restore-erase");
        erase.selectedProperty().bindBidirectional(brush.eraseProperty());
        erase.setTooltip(new Tooltip(Text.get("brush.eraseTip")));
        Button undo = new Button(Text.get("brush.undo"));
        undo.setId("restore-undo");
        undo.setOnAction(e -> brush.undo());
        Button clear = new Button(Text.get("brush.clear"));
        clear.setId("restore-clear");
        clear.setOnAction(e -> brush.clear());
        undo.disableProperty().bind(brush.paintedProperty().not());
        clear.disableProperty().bind(brush.paintedProperty().not());
        erase.disableProperty().bind(on.selectedProperty().not());
        HBox buttons = new HBox(6, erase, undo, clear);
        Node size = brushSlider(Text.get("brush.size"), "brush-size", RestoreBrush.MIN_SIZE, RestoreBrush.MAX_SIZE, brush.sizeProperty(), "%d px");
        Node softness = brushSlider(Text.get("brush.softness"), "brush-softness", 0, 100, brush.softnessProperty(), "%d %%");
        size.disableProperty().bind(on.selectedProperty().not());
        softness.disableProperty().bind(on.selectedProperty().not());
        javafx.scene.control.CheckBox mask = new javafx.scene.control.CheckBox(Text.get("brush.showMask"));
        mask.setId("restore-show-mask");
        mask.setWrapText(true);
        mask.setTooltip(new Tooltip(Text.get("brush.showMaskTip")));
        mask.selectedProperty().bindBidirectional(brush.showMaskProperty());
        mask.disableProperty().bind(brush.paintedProperty().not());
        return new VBox(8, on, size, softness, buttons, mask);
    }

    /** A titled slider with its value on the right, bound both ways to {@code value}. */
    private static VBox sliderRow(String name, Slider slider, javafx.beans.property.IntegerProperty value, String format) {
        Label title = new Label(name);
        title.getStyleClass().add("slider-label");
        slider.valueProperty().bindBidirectional(value);
        Label shown = new Label();
        shown.textProperty().bind(value.asString(format));
        shown.getStyleClass().add("amount-value");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new VBox(4, new HBox(8, title, gap, shown), slider);
    }

    private static Node brushSlider(String name, String id, int min, int max, javafx.beans.property.IntegerProperty value,
                                    String format) {
        Slider slider = new Slider(min, max, value.get());
        slider.setId(id);
        return sliderRow(name, slider, value, format);
    }


}
