package dev.facebeauty.ui;

import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.jobs.RecoveredResult;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.batch.BatchView;
import dev.facebeauty.ui.common.Dialogs;
import dev.facebeauty.ui.common.Thumbnails;
import dev.facebeauty.ui.history.HistoryView;
import dev.facebeauty.ui.history.HistoryViewModel;
import dev.facebeauty.ui.variants.VariantsView;
import dev.facebeauty.ui.variants.VariantsViewModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
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


    private final MainViewModel vm;
    private final CompareView compare;
    private final Function<Window, Optional<dev.facebeauty.settings.Settings>> settingsDialog;
    private final VBox banners = new VBox();
    /** Pictures for the history and batch lists, shared so each is made once. */
    private final Thumbnails thumbnails;

    MainView(MainViewModel vm, Function<Window, Optional<dev.facebeauty.settings.Settings>> settingsDialog) {
        this.vm = vm;
        this.settingsDialog = settingsDialog;
        this.compare = new CompareView(vm);
        this.thumbnails = new Thumbnails(vm.photos());
        getStyleClass().add("main-view");
        setTop(new VBox(new MainMenu(vm, this), new MainToolbar(vm, this), banners));
        setLeft(new AdjustmentsPanel(vm));
        BorderPane.setMargin(compare, new Insets(12));
        setCenter(compare);
        setBottom(new StatusBar(vm, this::showSettings));
        installDragAndDrop();
        rememberCompareMode();
        Runnable rebuild = () -> RecoveryBanners.rebuild(banners, vm, () -> showHistory(true));
        vm.recovered().addListener((ListChangeListener<RecoveredResult>) c -> rebuild.run());
        vm.recovery().lastDiscardedProperty().addListener((obs, old, now) -> rebuild.run());
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
        chooser.setTitle(Text.get("open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Text.get("files.photos"), Dialogs.PHOTO_PATTERNS));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Text.get("files.all"), "*.*"));
        vm.workspace().openFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            openPhoto(file.toPath());
        }
    }

    /** Opens a photo, asking first when an unsaved result would be replaced. */
    void openPhoto(Path path) {
        if (vm.replaceWarning().map(text -> confirm(Alert.AlertType.WARNING, Text.get("open.anotherTitle"), text, Text.get("open.anotherButton")))
                .orElse(true)) {
            vm.open(path);
        }
    }

    /**
     * Save: back over the photo when it was handed over to be edited in place (after one question), else to a new
     * file chosen in the Save dialog.
     */
    void save() {
        if (vm.result().editingInPlace() && vm.canSave().get()) {
            if (confirm(Alert.AlertType.WARNING, Text.get("save.backTitle", vm.result().saveLabel().get()), vm.result().saveBackQuestion(),
                    Text.get("save.backButton"))) {
                vm.result().saveBack();
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
        chooser.setTitle(Text.get("save.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("JPEG", "*.jpg", "*.jpeg"),
                new FileChooser.ExtensionFilter("PNG", "*.png"),
                new FileChooser.ExtensionFilter("TIFF", "*.tif", "*.tiff"));
        chooser.setInitialFileName(vm.result().suggestedFileName());
        if (vm.result().suggestedFileName().endsWith(".png")) {
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(1));
        } else if (vm.result().suggestedFileName().endsWith(".tif")) {
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(2));
        }
        // The folder last saved into (an export folder, say), else beside the photo.
        Path source = vm.photo().sourceProperty().get();
        vm.workspace().saveFolder()
                .or(() -> Optional.ofNullable(source).map(Path::getParent))
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        vm.result().save(file.toPath());
    }

    /**
     * Beautify, after one question when it would spend credits on a photo in which no face was found (the service
     * refuses those).
     */
    void beautifyWithChecks() {
        if (!vm.canBeautify().get()) {
            return;
        }
        if (vm.engineKindProperty().get() == EngineKind.CLOUD && vm.photo().noFaceFound()
                && !Dialogs.confirm(this, Alert.AlertType.WARNING, Text.get("noFace.title"),
                Text.get("noFace.text"), Text.get("noFace.upload"), true)) {
            return;
        }
        vm.beautify();
    }

    /** Whether the window may close now; asks first while a job runs or a result is unsaved. */
    boolean mayClose() {
        return vm.closeWarning()
                .map(text -> confirm(Alert.AlertType.CONFIRMATION, Text.get("quit.title"), text, Text.get("quit.button")))
                .orElse(true);
    }

    /** A themed yes/no question; true when the user picked {@code action}. */
    private boolean confirm(Alert.AlertType type, String header, String text, String action) {
        return Dialogs.confirm(this, type, header, text, action);
    }

    /** The batch window, with the sliders, filter and engine as they are now. */
    void showBatch() {
        BatchView view = new BatchView(vm.toolWindows().batch(), thumbnails, getScene().getWindow(), getScene().getStylesheets());
        view.show();
    }

    /** The variants window for the open photo, with the engine and settings as they are now. */
    void showVariants() {
        VariantsViewModel variants = vm.toolWindows().variants();
        if (variants != null) {
            new VariantsView(variants, getScene().getWindow(), getScene().getStylesheets()).show();
        }
    }

    /** The history window: past cloud jobs to reopen, run again or delete. */
    void showHistory() {
        showHistory(false);
    }

    /** The history window; with {@code waitingOnly}, the results waiting to be saved (the recovery bar's Review). */
    void showHistory(boolean waitingOnly) {
        HistoryViewModel history = vm.toolWindows().history();
        history.waitingOnlyProperty().set(waitingOnly);
        new HistoryView(history, thumbnails, getScene().getWindow(), getScene().getStylesheets()).show();
    }

    void showSettings() {
        settingsDialog.apply(getScene().getWindow()).ifPresent(vm::settingsChanged);
    }

    CompareView compare() {
        return compare;
    }

    // ---- layout ----

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

}
