package dev.facebeauty.ui;

import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.jobs.RecoveredResult;
import dev.facebeauty.settings.Preset;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The main window's layout. All behaviour lives in {@link MainViewModel}; this class only wires controls to it. */
final class MainView extends BorderPane {

    static final List<String> OPENABLE = List.of("*.jpg", "*.jpeg", "*.png", "*.tif", "*.tiff", "*.webp", "*.bmp", "*.gif");

    private final MainViewModel vm;
    private final CompareView compare;
    private final Function<Window, Optional<dev.facebeauty.settings.Settings>> settingsDialog;
    private final VBox banners = new VBox();
    /** Pictures for the history and batch lists, shared so each is made once. */
    private final Thumbnails thumbnails = new Thumbnails();

    MainView(MainViewModel vm, Function<Window, Optional<dev.facebeauty.settings.Settings>> settingsDialog) {
        this.vm = vm;
        this.settingsDialog = settingsDialog;
        this.compare = new CompareView(vm);
        getStyleClass().add("main-view");
        setTop(new VBox(toolbar(), banners));
        setLeft(adjustments());
        BorderPane.setMargin(compare, new Insets(12));
        setCenter(compare);
        setBottom(statusBar());
        installDragAndDrop();
        rememberCompareMode();
        vm.recovered().addListener((ListChangeListener<RecoveredResult>) c -> rebuildBanners());
    }

    private void rememberCompareMode() {
        vm.workspace().compareMode().ifPresent(name -> {
            for (CompareView.Mode m : CompareView.Mode.values()) {
                if (m.name().equals(name)) {
                    compare.modeProperty().set(m);
                }
            }
        });
        compare.modeProperty().addListener((obs, old, m) -> vm.workspace().compareMode(m.name()));
    }

    // ---- actions, also bound to keyboard shortcuts by the app ----

    void openWithChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a portrait");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Photos", OPENABLE));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        vm.workspace().openFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            openPhoto(file.toPath());
        }
    }

    /** Opens a photo, asking first when an unsaved result would be replaced. */
    void openPhoto(Path path) {
        if (vm.replaceWarning().map(text -> confirm(Alert.AlertType.WARNING, "Open another photo?", text, "Open"))
                .orElse(true)) {
            vm.open(path);
        }
    }

    /**
     * Save: back over the photo when it was handed over to be edited in place (after one question), else to a new
     * file chosen in the Save dialog.
     */
    void save() {
        if (vm.editingInPlace() && vm.canSave().get()) {
            if (confirm(Alert.AlertType.WARNING, vm.saveLabel().get() + "?", vm.saveBackQuestion(), "Save back")) {
                vm.saveBack();
            }
            return;
        }
        saveWithChooser();
    }

    /** Save to a new file chosen in the Save dialog (also "Save a copy" when editing in place). */
    void saveWithChooser() {
        if (!vm.canSave().get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the result");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("JPEG", "*.jpg", "*.jpeg"),
                new FileChooser.ExtensionFilter("PNG", "*.png"),
                new FileChooser.ExtensionFilter("TIFF", "*.tif", "*.tiff"));
        chooser.setInitialFileName(vm.suggestedFileName());
        if (vm.suggestedFileName().endsWith(".png")) {
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(1));
        } else if (vm.suggestedFileName().endsWith(".tif")) {
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(2));
        }
        // The folder last saved into (an export folder, say), else beside the photo.
        Path source = vm.sourceProperty().get();
        vm.workspace().saveFolder()
                .or(() -> Optional.ofNullable(source).map(Path::getParent))
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        vm.save(file.toPath());
    }

    /**
     * Beautify, after one question when it would spend credits on a photo in which no face was found (the service
     * refuses those).
     */
    void beautifyWithChecks() {
        if (!vm.canBeautify().get()) {
            return;
        }
        if (vm.engineKindProperty().get() == EngineKind.CLOUD && vm.noFaceFound()
                && !confirm(Alert.AlertType.WARNING, "No face found — upload anyway?",
                "Face Beauty Studio found no face in this photo. The service retouches faces and usually refuses "
                        + "photos without one.", "Upload anyway")) {
            return;
        }
        vm.beautify();
    }

    /** Whether the window may close now; asks first while a job runs or a result is unsaved. */
    boolean mayClose() {
        return vm.closeWarning()
                .map(text -> confirm(Alert.AlertType.CONFIRMATION, "Quit Face Beauty Studio?", text, "Quit"))
                .orElse(true);
    }

    /** A themed yes/no question; true when the user picked {@code action}. */
    private boolean confirm(Alert.AlertType type, String header, String text, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(type, text, ButtonType.CANCEL, yes);
        ask.initOwner(getScene().getWindow());
        ask.setTitle(MainViewModel.APP_NAME);
        ask.setHeaderText(header);
        ask.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        return ask.showAndWait().filter(b -> b == yes).isPresent();
    }

    /** The batch window, with the sliders, filter and engine as they are now. */
    void showBatch() {
        BatchView view = new BatchView(vm.newBatch(), thumbnails, getScene().getWindow(), getScene().getStylesheets());
        view.show();
    }

    /** The variants window for the open photo, with the engine and settings as they are now. */
    void showVariants() {
        VariantsViewModel variants = vm.newVariants();
        if (variants != null) {
            new VariantsView(variants, getScene().getWindow(), getScene().getStylesheets()).show();
        }
    }

    /** The history window: past cloud jobs to reopen, run again or delete. */
    void showHistory() {
        new HistoryView(vm.newHistory(), thumbnails, getScene().getWindow(), getScene().getStylesheets()).show();
    }

    void showSettings() {
        settingsDialog.apply(getScene().getWindow()).ifPresent(vm::settingsChanged);
    }

    CompareView compare() {
        return compare;
    }

    // ---- layout ----

    private ToolBar toolbar() {
        SplitMenuButton open = new SplitMenuButton();
        open.setText("Open…");
        open.setGraphic(Icons.icon(Icons.OPEN));
        open.setTooltip(new Tooltip("Open a portrait (Ctrl+O); the arrow lists recent photos"));
        open.setId("open-button");
        open.setOnAction(e -> openWithChooser());
        recentMenu(open);

        Button beautify = button("Beautify", Icons.SPARKLE, "Retouch with the settings on the left (Ctrl+Enter)", "beautify-button");
        beautify.getStyleClass().add("accent");
        beautify.disableProperty().bind(vm.canBeautify().not());
        beautify.setOnAction(e -> beautifyWithChecks());
        ComboBox<EngineKind> engine = new ComboBox<>(FXCollections.observableArrayList(EngineKind.values()));
        engine.setId("engine-choice");
        engine.valueProperty().bindBidirectional(vm.engineKindProperty());
        engine.disableProperty().bind(vm.busyProperty());
        engine.setTooltip(new Tooltip("AILabTools cloud: 15 credits a photo, needs your API key and a network.\n"
                + "Built-in engine: free and offline, in this app."));
        Label price = new Label();
        price.textProperty().bind(vm.priceText());
        price.getStyleClass().add("price");
        price.setTooltip(new Tooltip("A finished cloud photo costs 15 AILabTools credits; failed jobs are free. "
                + "The built-in engine costs nothing."));

        Button cancel = button("Cancel", Icons.STOP, "Stop waiting for the running job (Esc)", "cancel-button");
        cancel.disableProperty().bind(vm.busyProperty().not());
        cancel.setOnAction(e -> vm.cancel());

        Button save = button("Save…", Icons.SAVE, "Save the result (Ctrl+S)", "save-button");
        save.disableProperty().bind(vm.canSave().not());
        save.textProperty().bind(vm.saveLabel());
        save.setOnAction(e -> save());

        Button fit = new Button("Fit");
        fit.setId("zoom-fit");
        fit.setOnAction(e -> compare.fitProperty().set(true));
        Button actual = new Button("100 %");
        actual.setId("zoom-100");
        actual.setOnAction(e -> compare.actualSize());
        Button zoomOut = new Button("−");
        zoomOut.setOnAction(e -> compare.zoomBy(1 / 1.25));
        Button zoomIn = new Button("+");
        zoomIn.setOnAction(e -> compare.zoomBy(1.25));
        HBox zoom = new HBox(0, zoomOut, fit, actual, zoomIn);
        zoom.getStyleClass().add("segmented");

        ToggleGroup modes = new ToggleGroup();
        ToggleButton sideBySide = modeButton(modes, Icons.SIDE_BY_SIDE, "Side by side", "mode-side-by-side",
                CompareView.Mode.SIDE_BY_SIDE);
        ToggleButton split = modeButton(modes, Icons.SPLIT, "Split: drag across the picture to move the divider",
                "mode-split", CompareView.Mode.SPLIT);
        sideBySide.setSelected(true);
        compare.modeProperty().addListener((obs, old, m) -> (m == CompareView.Mode.SPLIT ? split : sideBySide).setSelected(true));
        modes.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true); // one mode is always chosen
            } else {
                compare.modeProperty().set((CompareView.Mode) t.getUserData());
            }
        });
        HBox modeBox = new HBox(0, sideBySide, split);
        modeBox.getStyleClass().add("segmented");

        Button batch = button("Batch…", Icons.BATCH, "Retouch many photos or folders with these settings", "batch-button");
        batch.setOnAction(e -> showBatch());

        Button variants = button("Variants…", Icons.GRID, "Retouch this photo with several settings or filters and compare them",
                "variants-button");
        variants.disableProperty().bind(vm.canBeautify().not());
        variants.setOnAction(e -> showVariants());

        Button history = button(null, Icons.HISTORY, "History: past cloud jobs to reopen, run again, check or delete", "history-button");
        history.setOnAction(e -> showHistory());

        Button settings = button(null, Icons.GEAR, "Settings: API key, address, theme", "settings-button");
        settings.setOnAction(e -> showSettings());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(open, new Separator(), engine, beautify, price, cancel, new Separator(), save, variants, batch, spacer,
                modeBox, zoom, new Separator(), history, settings);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    /** The Open button's list of recent photos, kept in step with the workspace. */
    private void recentMenu(SplitMenuButton open) {
        Runnable rebuild = () -> {
            open.getItems().clear();
            for (Path photo : vm.workspace().recentFiles()) {
                MenuItem item = new MenuItem(photo.getFileName() + "  —  " + photo.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> openPhoto(photo));
                open.getItems().add(item);
            }
            if (open.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No recent photos");
                none.setDisable(true);
                open.getItems().add(none);
            }
        };
        vm.workspace().recentFiles().addListener((ListChangeListener<Path>) c -> rebuild.run());
        rebuild.run();
    }

    private static ToggleButton modeButton(ToggleGroup group, String icon, String tooltip, String id, CompareView.Mode mode) {
        ToggleButton button = new ToggleButton(null, Icons.icon(icon));
        button.setToggleGroup(group);
        button.setUserData(mode);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip + " (hold Space to see the original)"));
        return button;
    }

    /** The preset list (choosing one applies it) and a menu to save, rename, delete, import and export presets. */
    private Node presetsControl() {
        PresetsViewModel presets = vm.presets();
        ComboBox<Preset> choice = new ComboBox<>(presets.presets());
        choice.setId("preset-box");
        choice.setPromptText("Apply a preset…");
        choice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(choice, Priority.ALWAYS);
        choice.setOnAction(e -> {
            if (choice.getValue() != null) {
                presets.apply(choice.getValue());
            }
        });
        MenuItem save = new MenuItem("Save current settings as…");
        save.setOnAction(e -> ask("Save preset", "Name of the new preset:", "")
                .ifPresent(name -> act(() -> choice.setValue(presets.saveCurrent(name)))));
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> selected(choice).ifPresent(p -> ask("Rename preset", "New name:", p.name())
                .ifPresent(name -> act(() -> presets.rename(p, name)))));
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> selected(choice).ifPresent(p -> act(() -> presets.delete(p))));
        rename.disableProperty().bind(choice.valueProperty().isNull());
        delete.disableProperty().bind(choice.valueProperty().isNull());
        MenuItem importItem = new MenuItem("Import…");
        importItem.setOnAction(e -> {
            File file = presetChooser("Import presets").showOpenDialog(getScene().getWindow());
            if (file != null) {
                act(() -> presets.importFrom(file.toPath()));
            }
        });
        MenuItem exportItem = new MenuItem("Export…");
        exportItem.setOnAction(e -> {
            FileChooser chooser = presetChooser("Export presets");
            chooser.setInitialFileName("face-beauty-presets.json");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                act(() -> presets.exportTo(file.toPath()));
            }
        });
        MenuButton menu = new MenuButton(null, Icons.icon(Icons.GEAR, 12), save, rename, delete,
                new SeparatorMenuItem(), importItem, exportItem);
        menu.setId("preset-menu");
        menu.setTooltip(new Tooltip("Save, rename, delete, import or export presets"));
        return new HBox(6, choice, menu);
    }

    private static java.util.Optional<Preset> selected(ComboBox<Preset> choice) {
        return java.util.Optional.ofNullable(choice.getValue());
    }

    private FileChooser presetChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Presets (JSON)", "*.json"));
        return chooser;
    }

    private java.util.Optional<String> ask(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(MainViewModel.APP_NAME);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        dialog.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        return dialog.showAndWait();
    }

    private interface PresetAction {
        void run() throws UserMessages.UserFacingException;
    }

    /** Runs a preset change; a problem is told in a message box, never thrown at the user. */
    private void act(PresetAction action) {
        try {
            action.run();
        } catch (UserMessages.UserFacingException e) {
            Alert alert = new Alert(Alert.AlertType.WARNING, e.getMessage(), ButtonType.OK);
            alert.initOwner(getScene().getWindow());
            alert.setTitle(MainViewModel.APP_NAME);
            alert.setHeaderText("Presets");
            alert.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
            alert.showAndWait();
        }
    }

    /** "Amount": how much of the retouch to keep, shown at once and used by Save. */
    private Node amountControl() {
        Slider slider = new Slider(0, 100, 100);
        slider.setId("amount-slider");
        slider.setBlockIncrement(5);
        slider.disableProperty().bind(vm.resultProperty().isNull());
        VBox box = sliderRow("Amount", slider, vm.amountProperty(), "%d %%");
        Label hint = new Label("How much of the retouch to keep; Save writes the blend.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        box.setSpacing(6);
        box.getChildren().add(hint);
        return box;
    }

    /** The restore brush: on/off, size, softness, erase, undo and clear. */
    private Node brushControl() {
        RestoreBrush brush = vm.restoreBrush();
        ToggleButton on = new ToggleButton("Restore brush", Icons.icon(Icons.BRUSH));
        on.setId("restore-brush");
        on.selectedProperty().bindBidirectional(brush.activeProperty());
        on.setTooltip(new Tooltip("Paint on the result to bring the original back (hair, background, features). "
                + "Hold Alt to paint the retouch back. B switches the brush; [ and ] change its size."));
        on.disableProperty().bind(brush.maskImageProperty().isNull());
        ToggleButton erase = new ToggleButton("Erase");
        erase.setId("restore-erase");
        erase.selectedProperty().bindBidirectional(brush.eraseProperty());
        erase.setTooltip(new Tooltip("Paint the retouch back where too much was restored (or hold Alt)"));
        Button undo = new Button("Undo");
        undo.setId("restore-undo");
        undo.setOnAction(e -> brush.undo());
        Button clear = new Button("Clear");
        clear.setId("restore-clear");
        clear.setOnAction(e -> brush.clear());
        undo.disableProperty().bind(brush.paintedProperty().not());
        clear.disableProperty().bind(brush.paintedProperty().not());
        erase.disableProperty().bind(on.selectedProperty().not());
        HBox buttons = new HBox(6, erase, undo, clear);
        Node size = brushSlider("Size", "brush-size", RestoreBrush.MIN_SIZE, RestoreBrush.MAX_SIZE, brush.sizeProperty(), "%d px");
        Node softness = brushSlider("Softness", "brush-softness", 0, 100, brush.softnessProperty(), "%d %%");
        size.disableProperty().bind(on.selectedProperty().not());
        softness.disableProperty().bind(on.selectedProperty().not());
        return new VBox(8, on, size, softness, buttons);
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

    private Node adjustments() {
        Label title = new Label("Adjustments");
        title.getStyleClass().add("section-title");
        VBox box = new VBox(14);
        box.getStyleClass().add("adjustments");
        box.getChildren().addAll(title, presetsControl());
        vm.adjustments().sliders().forEach(s -> box.getChildren().add(new SliderRow(s)));

        Label filterLabel = new Label("Filter");
        filterLabel.getStyleClass().add("slider-label");
        ComboBox<FilterOption> filter = new ComboBox<>();
        filter.setId("filter-box");
        filter.getItems().setAll(FilterOption.all());
        filter.valueProperty().bindBidirectional(vm.adjustments().filterProperty());
        filter.setVisibleRowCount(14);
        filter.setMaxWidth(Double.MAX_VALUE);
        filterLabel.setLabelFor(filter);

        Button resetAll = new Button("Reset all", Icons.icon(Icons.RESET, 12));
        resetAll.setId("reset-all");
        resetAll.setOnAction(e -> vm.adjustments().resetAll());

        Label notes = new Label();
        notes.getStyleClass().add("hint");
        notes.setWrapText(true);
        notes.textProperty().bind(vm.preparationNotesProperty());
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        notes.visibleProperty().bind(notes.managedProperty());
        notes.setId("preparation-notes");

        Label resultTitle = new Label("Result");
        resultTitle.getStyleClass().add("section-title");
        box.getChildren().addAll(new VBox(6, filterLabel, filter), resetAll, notes, new Separator(), resultTitle, amountControl(),
                brushControl());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-panel");
        scroll.setPrefWidth(300);
        scroll.setMinWidth(260);
        return scroll;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        vm.statusKindProperty().addListener((obs, old, kind) -> applyKind(status, kind));
        applyKind(status, vm.statusKindProperty().get());

        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(vm.busyProperty());

        // A link, as the balance and the missing-key hint both lead to Settings.
        Hyperlink credits = new Hyperlink();
        credits.setId("credits-text");
        credits.getStyleClass().add("credits");
        credits.textProperty().bind(vm.creditsProperty());
        credits.setTooltip(new Tooltip("Open Settings: API key, address and balance"));
        credits.setOnAction(e -> {
            credits.setVisited(false);
            showSettings();
        });

        HBox bar = new HBox(8, spinner, status, credits);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void rebuildBanners() {
        banners.getChildren().clear();
        for (RecoveredResult item : vm.recovered()) {
            Label text = new Label("A result from an earlier session is waiting: "
                    + Path.of(item.entry().source()).getFileName() + " (task " + item.entry().taskId() + ")");
            Button show = new Button("Show");
            show.setOnAction(e -> vm.showRecovered(item));
            Button discard = new Button("Discard");
            discard.setOnAction(e -> vm.discardRecovered(item));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox banner = new HBox(8, text, spacer, show, discard);
            banner.setAlignment(Pos.CENTER_LEFT);
            banner.getStyleClass().add("banner");
            banners.getChildren().add(banner);
        }
    }

    private void installDragAndDrop() {
        addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                // Drag-over arrives many times a second: the class is added once, so one removal takes it off.
                if (!getStyleClass().contains("drop-target")) {
                    getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        addEventHandler(DragEvent.DRAG_EXITED, e -> getStyleClass().removeAll("drop-target"));
        addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            getStyleClass().removeAll("drop-target");
            List<File> files = e.getDragboard().getFiles();
            boolean accepted = files != null && !files.isEmpty();
            if (accepted) {
                openPhoto(files.getFirst().toPath());
            }
            e.setDropCompleted(accepted);
            e.consume();
        });
    }

    private static Button button(String text, String icon, String tooltip, String id) {
        Button b = new Button(text, Icons.icon(icon));
        b.setTooltip(new Tooltip(tooltip));
        b.setId(id);
        return b;
    }

    private static void applyKind(Label status, StatusKind kind) {
        status.getStyleClass().removeAll("status-info", "status-busy", "status-success", "status-error");
        status.getStyleClass().add("status-" + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
