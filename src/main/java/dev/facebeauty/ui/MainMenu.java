package dev.facebeauty.ui;

import dev.facebeauty.text.Text;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.WindowEvent;

import java.util.List;

/**
 * File, Edit, View, Image and Help: every command of the window with its shortcut, so each can be found and learnt.
 * On macOS the menus go to the system menu bar, as Mac users expect. The shortcuts are the menu items' accelerators.
 */
final class MainMenu extends MenuBar {

    MainMenu(MainViewModel vm, MainView view) {
        CompareView compare = view.compare();
        setId("main-menu");
        setUseSystemMenuBar(System.getProperty("os.name", "").startsWith("Mac"));

        Menu recent = new Menu(Text.get("menu.openRecent"));
        MainToolbar.listRecentPhotos(vm, view, recent.getItems(), recent::setDisable);
        MenuItem save = item("menu.save", "menu-save", shortcut(KeyCode.S), view::save);
        save.textProperty().bind(vm.result().saveLabel());
        save.disableProperty().bind(vm.canSave().not());
        MenuItem saveCopy = item("menu.saveCopy", "menu-save-copy", shortcut(KeyCode.S, KeyCombination.SHIFT_DOWN),
                view::saveWithChooser);
        saveCopy.disableProperty().bind(vm.canSave().not());
        MenuItem quit = item("menu.quit", "menu-quit", shortcut(KeyCode.Q), () -> getScene().getWindow()
                .fireEvent(new WindowEvent(getScene().getWindow(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu(Text.get("menu.file"), null,
                item("menu.open", "menu-open", shortcut(KeyCode.O), view::openWithChooser), recent,
                new SeparatorMenuItem(), save, saveCopy, new SeparatorMenuItem(),
                item("menu.batch", "menu-batch", null, view::showBatch), new SeparatorMenuItem(), quit);

        EditHistory edits = vm.edits();
        MenuItem undo = item("edit.undo", "menu-undo", shortcut(KeyCode.Z), edits::undo);
        undo.textProperty().bind(edits.undoLabel());
        undo.disableProperty().bind(edits.canUndo().not());
        MenuItem redo = item("edit.redo", "menu-redo", shortcut(KeyCode.Z, KeyCombination.SHIFT_DOWN), edits::redo);
        redo.textProperty().bind(edits.redoLabel());
        redo.disableProperty().bind(edits.canRedo().not());
        Menu steps = new Menu(Text.get("menu.steps"));
        steps.setId("menu-steps");
        Runnable fillSteps = () -> {
            steps.getItems().clear();
            ToggleGroup at = new ToggleGroup();
            for (int i = edits.steps().size() - 1; i >= 0; i--) {
                int index = i;
                RadioMenuItem step = new RadioMenuItem(edits.steps().get(i).label());
                step.setMnemonicParsing(false);
                step.setToggleGroup(at);
                step.setSelected(i == edits.positionProperty().get());
                step.setOnAction(e -> edits.goTo(index));
                steps.getItems().add(step);
            }
        };
        edits.steps().addListener((ListChangeListener<EditHistory.Step>) c -> fillSteps.run());
        edits.positionProperty().addListener((obs, old, now) -> fillSteps.run());
        fillSteps.run();
        Menu edit = new Menu(Text.get("menu.edit"), null, undo, redo, steps, new SeparatorMenuItem(),
                item("adjustments.resetAll", "menu-reset-all", null, () -> vm.edits().resetAll()),
                new SeparatorMenuItem(), item("menu.settings", "menu-settings", shortcut(KeyCode.COMMA), view::showSettings));

        ToggleGroup modes = new ToggleGroup();
        RadioMenuItem sideBySide = new RadioMenuItem(Text.get("toolbar.sideBySide"));
        RadioMenuItem split = new RadioMenuItem(Text.get("menu.split"));
        sideBySide.setToggleGroup(modes);
        split.setToggleGroup(modes);
        sideBySide.setSelected(compare.modeProperty().get() == CompareView.Mode.SIDE_BY_SIDE);
        split.setSelected(compare.modeProperty().get() == CompareView.Mode.SPLIT);
        sideBySide.setOnAction(e -> compare.modeProperty().set(CompareView.Mode.SIDE_BY_SIDE));
        split.setOnAction(e -> compare.modeProperty().set(CompareView.Mode.SPLIT));
        compare.modeProperty().addListener((obs, old, m) -> (m == CompareView.Mode.SPLIT ? split : sideBySide).setSelected(true));
        CheckMenuItem original = new CheckMenuItem(Text.get("menu.showOriginal"));
        original.selectedProperty().bindBidirectional(compare.showingOriginalProperty());
        Menu viewMenu = new Menu(Text.get("menu.view"), null, sideBySide, split, new SeparatorMenuItem(),
                item("zoom.fit", "menu-fit", shortcut(KeyCode.DIGIT0), () -> compare.fitProperty().set(true)),
                item("menu.actualSize", "menu-100", shortcut(KeyCode.DIGIT1), compare::actualSize),
                item("menu.zoomIn", "menu-zoom-in", shortcut(KeyCode.PLUS), () -> compare.zoomBy(1.25)),
                item("menu.zoomOut", "menu-zoom-out", shortcut(KeyCode.MINUS), () -> compare.zoomBy(1 / 1.25)),
                item("menu.nextFace", "menu-next-face", null, () -> nextFace(vm, compare, 1)),
                item("menu.previousFace", "menu-previous-face", null, () -> nextFace(vm, compare, -1)),
                new SeparatorMenuItem(), original, new SeparatorMenuItem(),
                item("menu.history", "menu-history", null, view::showHistory));

        MenuItem beautify = item("toolbar.beautify", "menu-beautify", shortcut(KeyCode.ENTER), view::beautifyWithChecks);
        beautify.disableProperty().bind(vm.canBeautify().not());
        MenuItem cancel = item("common.cancel", "menu-cancel", new KeyCodeCombination(KeyCode.ESCAPE), vm::cancel);
        cancel.disableProperty().bind(vm.status().busyProperty().not());
        MenuItem variants = item("menu.variants", "menu-variants", null, view::showVariants);
        variants.disableProperty().bind(vm.canBeautify().not());
        CheckMenuItem brush = new CheckMenuItem(Text.get("brush.label"));
        brush.setId("menu-brush");
        brush.selectedProperty().bindBidirectional(vm.restoreBrush().activeProperty());
        brush.disableProperty().bind(Bindings.isNull(vm.restoreBrush().maskImageProperty()).or(vm.previewShownProperty()));
        CheckMenuItem mask = new CheckMenuItem(Text.get("brush.showMask"));
        mask.setId("menu-brush-mask");
        mask.selectedProperty().bindBidirectional(vm.restoreBrush().showMaskProperty());
        mask.disableProperty().bind(vm.restoreBrush().paintedProperty().not());
        Menu image = new Menu(Text.get("menu.image"), null, beautify, cancel, new SeparatorMenuItem(), variants, brush, mask);

        Menu help = new Menu(Text.get("menu.help"), null,
                item("menu.shortcuts", "menu-shortcuts", new KeyCodeCombination(KeyCode.F1), () -> ShortcutSheet.show(view, this)),
                item("menu.about", "menu-about", null, () -> AboutBox.show(view)));
        getMenus().addAll(file, edit, viewMenu, image, help);
    }

    /** The next face of a group (or the previous), picked and shown at 100 % in the middle of the view. */
    static void nextFace(MainViewModel vm, CompareView compare, int step) {
        vm.faces().pickNext(step);
        javafx.geometry.Point2D centre = vm.faces().centre(vm.faces().pickedProperty().get());
        if (centre != null) {
            compare.actualSizeAt(centre);
        }
    }

    private static MenuItem item(String key, String id, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(Text.get(key));
        item.setUserData(Text.get(key)); // its plain name, for the keyboard sheet, whatever its text says now
        item.setId(id);
        item.setMnemonicParsing(false);
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Ctrl on Windows and Linux, Cmd on macOS, with any further modifiers. */
    private static KeyCombination shortcut(KeyCode key, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] all = new KeyCombination.Modifier[more.length + 1];
        all[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, all, 1, more.length);
        return new KeyCodeCombination(key, all);
    }

    /** Every item with a shortcut, in menu order, for the keyboard sheet: its words and its keys. */
    List<String[]> shortcuts() {
        List<String[]> all = new java.util.ArrayList<>();
        for (Menu menu : getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    String name = item.getUserData() instanceof String plain ? plain : item.getText();
                    all.add(new String[]{name, item.getAccelerator().getDisplayText()});
                }
            }
        }
        return all;
    }
}
