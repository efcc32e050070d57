package dev.facebeauty.ui;

import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Icons;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.nio.file.Path;

/** The main window's toolbar: Open (with recent photos), engine and price, Beautify, Cancel, Save, the tool windows, compare modes and zoom. */
final class MainToolbar extends ToolBar {

    private final MainViewModel vm;
    private final MainView view;

    MainToolbar(MainViewModel vm, MainView view) {
        this.vm = vm;
        this.view = view;
        CompareView compare = view.compare();
        SplitMenuButton open = new SplitMenuButton();
        open.setText(Text.get("toolbar.open"));
        open.setGraphic(Icons.icon(Icons.OPEN));
        open.setTooltip(new Tooltip(Text.get("toolbar.openTip")));
        open.setId("open-button");
        open.setOnAction(e -> view.openWithChooser());
        recentMenu(open);

        Button beautify = button(Text.get("toolbar.beautify"), Icons.SPARKLE, Text.get("toolbar.beautifyTip"), "beautify-button");
        beautify.getStyleClass().add("accent");
        beautify.disableProperty().bind(vm.canBeautify().not());
        beautify.setOnAction(e -> view.beautifyWithChecks());
        ComboBox<EngineKind> engine = new ComboBox<>(FXCollections.observableArrayList(EngineKind.values()));
        engine.setId("engine-choice");
        engine.valueProperty().bindBidirectional(vm.engineKindProperty());
        engine.disableProperty().bind(vm.status().busyProperty());
        engine.setTooltip(new Tooltip(Text.get("toolbar.engineTip")));
        Label price = new Label();
        price.textProperty().bind(vm.priceText());
        price.getStyleClass().add("price");
        price.setTooltip(new Tooltip(Text.get("toolbar.priceTip")));

        Button cancel = button(Text.get("common.cancel"), Icons.STOP, Text.get("toolbar.cancelTip"), "cancel-button");
        cancel.disableProperty().bind(vm.status().busyProperty().not());
        cancel.setOnAction(e -> vm.cancel());

        Button save = button(Text.get("save.button"), Icons.SAVE, Text.get("toolbar.saveTip"), "save-button");
        save.disableProperty().bind(vm.canSave().not());
        save.textProperty().bind(vm.result().saveLabel());
        save.setOnAction(e -> view.save());

        Button fit = button(Text.get("zoom.fit"), Icons.FIT, Text.get("zoom.fitTip"), "zoom-fit");
        fit.setOnAction(e -> compare.fitProperty().set(true));
        Button actual = new Button("100 %");
        actual.setId("zoom-100");
        actual.setOnAction(e -> compare.actualSize());
        Button zoomOut = new Button("−");
        zoomOut.setOnAction(e -> compare.zoomBy(1 / 1.25));
        Button zoomIn = new Button("+");
        zoomIn.setOnAction(e -> compare.zoomBy(1.25));
        Label percent = new Label();
        percent.setId("zoom-percent");
        percent.getStyleClass().add("price");
        percent.textProperty().bind(compare.shownPercentProperty().asString("%d %%"));
        percent.setTooltip(new Tooltip(Text.get("zoom.percentTip")));
        HBox zoom = new HBox(0, zoomOut, fit, actual, zoomIn);
        zoom.getStyleClass().add("segmented");

        ToggleGroup modes = new ToggleGroup();
        ToggleButton sideBySide = modeButton(modes, Icons.SIDE_BY_SIDE, Text.get("toolbar.sideBySide"), "mode-side-by-side",
                CompareView.Mode.SIDE_BY_SIDE);
        ToggleButton split = modeButton(modes, Icons.SPLIT, Text.get("toolbar.split"),
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

        Button batch = button(Text.get("toolbar.batch"), Icons.BATCH, Text.get("toolbar.batchTip"), "batch-button");
        batch.setOnAction(e -> view.showBatch());

        Button variants = button(Text.get("toolbar.variants"), Icons.GRID, Text.get("toolbar.variantsTip"),
                "variants-button");
        variants.disableProperty().bind(vm.canBeautify().not());
        variants.setOnAction(e -> view.showVariants());

        Button history = button(null, Icons.HISTORY, Text.get("toolbar.historyTip"), "history-button");
        history.setOnAction(e -> view.showHistory());

        Button settings = button(null, Icons.GEAR, Text.get("toolbar.settingsTip"), "settings-button");
        settings.setOnAction(e -> view.showSettings());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        java.util.List<Separator> separators = java.util.List.of(new Separator(), new Separator(), new Separator());
        getItems().addAll(open, separators.get(0), engine, beautify, price, cancel, separators.get(1), save, variants, batch,
                spacer, modeBox, zoom, percent, separators.get(2), history, settings);
        getStyleClass().add("main-toolbar");
        // Below about 1300 px the secondary buttons show their icons only (their tooltips say what they do), so
        // everything fits from the smallest window up, without an overflow menu; Beautify keeps its words.
        java.util.List<javafx.scene.control.Labeled> shrinkable = java.util.List.of(open, cancel, save, variants, batch, fit);
        compaction = compact -> {
            javafx.scene.control.ContentDisplay display = compact
                    ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT;
            shrinkable.forEach(control -> control.setContentDisplay(display));
            separators.forEach(separator -> separator.setManaged(!compact));
            separators.forEach(separator -> separator.setVisible(!compact));
            // − and + stay on the keyboard (Ctrl/Cmd and − / +) and the wheel; Fit and 100 % stay as buttons.
            for (Button step : java.util.List.of(zoomOut, zoomIn)) {
                step.setManaged(!compact);
                step.setVisible(!compact);
            }
        };
    }

    private final java.util.function.Consumer<Boolean> compaction;
    private Boolean compact;

    /**
     * Chooses the compact form in the same layout pass as the width that asks for it: the toolbar's skin decides what
     * overflows only when its width changes, so a form chosen afterwards (by a width listener) could leave buttons in
     * its overflow menu.
     */
    @Override
    protected void layoutChildren() {
        boolean wanted = getWidth() < COMPACT_BELOW;
        if (compact == null || compact != wanted) {
            compact = wanted;
            compaction.accept(wanted);
        }
        super.layoutChildren();
    }

    /** The toolbar's width below which the secondary buttons drop their words. */
    private static final double COMPACT_BELOW = 1300;

    /** The Open button's list of recent photos, kept in step with the workspace; says so when there are none. */
    private void recentMenu(SplitMenuButton open) {
        listRecentPhotos(vm, view, open.getItems(), empty -> {
            if (empty) {
                MenuItem none = new MenuItem(Text.get("toolbar.noRecent"));
                none.setDisable(true);
                open.getItems().add(none);
            }
        });
    }

    /**
     * Keeps {@code items} listing the recent photos ("portrait.jpg — /photos/shoot"), each opening its photo, for the
     * Open button's arrow and File → Open recent alike; {@code whenListed} hears whether the list is empty.
     */
    static void listRecentPhotos(MainViewModel vm, MainView view, javafx.collections.ObservableList<MenuItem> items,
                                 java.util.function.Consumer<Boolean> whenListed) {
        Runnable rebuild = () -> {
            items.clear();
            for (Path photo : vm.workspace().recentFiles()) {
                MenuItem item = new MenuItem(photo.getFileName() + "  —  " + photo.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> view.openPhoto(photo));
                items.add(item);
            }
            whenListed.accept(items.isEmpty());
        };
        vm.workspace().recentFiles().addListener((ListChangeListener<Path>) c -> rebuild.run());
        rebuild.run();
    }

    private static ToggleButton modeButton(ToggleGroup group, String icon, String tooltip, String id, CompareView.Mode mode) {
        ToggleButton button = new ToggleButton(null, Icons.icon(icon));
        button.setToggleGroup(group);
        button.setUserData(mode);
        button.setId(id);
        button.setTooltip(new Tooltip(Text.get("toolbar.modeTip", tooltip)));
        return button;
    }

    static Button button(String text, String icon, String tooltip, String id) {
        Button b = new Button(text, Icons.icon(icon));
        b.setTooltip(new Tooltip(tooltip));
        b.setId(id);
        return b;
    }

}
