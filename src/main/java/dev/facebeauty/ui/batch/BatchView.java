package dev.facebeauty.ui.batch;

import dev.facebeauty.jobs.ExistingResults;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Dialogs;
import dev.facebeauty.ui.common.Thumbnails;
import dev.facebeauty.ui.common.ToolWindows;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.util.List;

/** The batch window: add photos or folders, choose where results go, and watch the queue work through them. */
public final class BatchView {

    private final BatchViewModel vm;
    private final Stage stage = new Stage();

    public BatchView(BatchViewModel vm, Thumbnails thumbnails, Window owner, List<String> stylesheets) {
        this.vm = vm;

        Button addPhotos = new Button(Text.get("batch.addPhotos"));
        addPhotos.setId("batch-add-photos");
        addPhotos.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Text.get("batch.addPhotosTitle"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Text.get("files.photos"), Dialogs.PHOTO_PATTERNS));
            List<File> files = chooser.showOpenMultipleDialog(stage);
            if (files != null) {
                vm.add(files.stream().map(File::toPath).toList());
            }
        });
        Button addFolder = new Button(Text.get("batch.addFolder"));
        addFolder.setOnAction(e -> {
            File dir = new DirectoryChooser().showDialog(stage);
            if (dir != null) {
                vm.add(List.of(dir.toPath()));
            }
        });
        // The rest of the shoot is usually beside the photo being worked on: one click adds its folder.
        Button addShoot = new Button();
        addShoot.setId("batch-add-shoot");
        vm.suggestedFolder().ifPresentOrElse(folder -> {
            addShoot.setText(Text.get("batch.addShoot", folder.getFileName()));
            addShoot.setTooltip(new javafx.scene.control.Tooltip(Text.get("batch.addShootTip", folder)));
            addShoot.setOnAction(e -> vm.add(List.of(folder)));
        }, () -> {
            addShoot.setVisible(false);
            addShoot.setManaged(false);
        });
        CheckBox subfolders = new CheckBox(Text.get("batch.subfolders"));
        subfolders.selectedProperty().bindBidirectional(vm.includeSubfoldersProperty());
        Button clear = new Button(Text.get("batch.clear"));
        clear.setOnAction(e -> vm.clear());
        clear.disableProperty().bind(vm.runningProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox adding = new HBox(8, addPhotos, addFolder, addShoot, subfolders, gap, clear);
        adding.setAlignment(Pos.CENTER_LEFT);

        Label output = new Label();
        output.textProperty().bind(Bindings.createStringBinding(
                () -> vm.outputDirProperty().get() == null ? Text.get("batch.noOutputYet") : vm.outputDirProperty().get().toString(),
                vm.outputDirProperty()));
        Button chooseOutput = new Button(Text.get("batch.choose"));
        chooseOutput.setOnAction(e -> {
            File dir = new DirectoryChooser().showDialog(stage);
            if (dir != null) {
                vm.outputDirProperty().set(dir.toPath());
            }
        });
        TextField pattern = new TextField();
        pattern.setId("batch-name-pattern");
        pattern.textProperty().bindBidirectional(vm.namePatternProperty());
        Spinner<Integer> atOnce = new Spinner<>(1, 8, vm.concurrencyProperty().get());
        atOnce.valueProperty().addListener((o, a, b) -> vm.concurrencyProperty().set(b));
        atOnce.setPrefWidth(80);
        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.addRow(0, formLabel("batch.saveTo"), new HBox(8, output, chooseOutput));
        form.addRow(1, formLabel("batch.nameResults"), pattern);
        form.addRow(2, formLabel("batch.atOnce"), atOnce);
        Label patternHint = new Label(Text.get("batch.patternHint"));
        patternHint.getStyleClass().add("hint");
        patternHint.setWrapText(true);
        patternHint.setMinHeight(Region.USE_PREF_SIZE);
        form.add(patternHint, 1, 3);
        ChoiceBox<ExistingResults> existing = new ChoiceBox<>();
        existing.setId("batch-existing");
        existing.getItems().setAll(ExistingResults.values());
        existing.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ExistingResults choice) {
                return choice == null ? "" : Text.get("batch.existing." + choice.name());
            }

            @Override
            public ExistingResults fromString(String text) {
                return null;
            }
        });
        existing.valueProperty().bindBidirectional(vm.existingProperty());
        form.addRow(4, formLabel("batch.existing"), existing);
        // What Start will use, read from the main window whenever this window comes to the front.
        Label plan = new Label(vm.plan());
        plan.setId("batch-plan");
        plan.setWrapText(true);
        stage.focusedProperty().addListener((obs, was, focused) -> plan.setText(vm.plan()));

        Label cost = new Label();
        cost.textProperty().bind(vm.costText());
        cost.setWrapText(true);
        cost.getStyleClass().add("hint");

        TableView<BatchRow> table = BatchTable.of(vm, thumbnails);
        Label details = new Label();
        details.setId("batch-details");
        details.setWrapText(true);
        details.getStyleClass().add("hint");
        details.setMinHeight(Region.USE_PREF_SIZE);
        details.textProperty().bind(Bindings.createStringBinding(() -> {
            BatchRow row = table.getSelectionModel().getSelectedItem();
            return row == null ? Text.get("batch.detailsEmpty") : row.input().getFileName() + ": " + row.detailProperty().get();
        }, table.getSelectionModel().selectedItemProperty(), vm.messageProperty()));
        VBox.setVgrow(table, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progress());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);

        Button start = new Button(Text.get("batch.start"));
        start.setId("batch-start");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> vm.start());
        start.disableProperty().bind(vm.runningProperty().or(Bindings.isEmpty(vm.rows())));
        Button pause = new Button();
        pause.setId("batch-pause");
        pause.textProperty().bind(Bindings.when(vm.pausedProperty()).then(Text.get("batch.resume")).otherwise(Text.get("batch.pause")));
        pause.setOnAction(e -> vm.pauseOrResume());
        pause.disableProperty().bind(vm.runningProperty().not());
        Button cancel = new Button(Text.get("common.cancel"));
        cancel.setId("batch-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        Button retry = new Button(Text.get("batch.retryFailed"));
        retry.setOnAction(e -> vm.retryFailed());
        retry.disableProperty().bind(vm.runningProperty().or(vm.failedOrCancelledProperty().isEqualTo(0)));
        Button openFolder = new Button(Text.get("batch.openFolder"));
        openFolder.setId("batch-open-folder");
        openFolder.setOnAction(e -> vm.openOutputFolder());
        openFolder.disableProperty().bind(vm.outputDirProperty().isNull());
        HBox actions = new HBox(8, progress, start, pause, cancel, retry, openFolder);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(12, adding, form, plan, cost, table, details, message, actions);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("batch-window");
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            vm.add(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(true);
            e.consume();
        });
        ToolWindows.setUp(stage, owner, Text.get("batch.title"), root, 1060, 660, stylesheets, vm);
        stage.setOnHidden(e -> {
            vm.remember();
            vm.close();
        });
    }

    public void show() {
        ToolWindows.bringUp(stage);
    }

    public Stage stage() {
        return stage;
    }

    /** A label of the form's first column, never narrower than its text (in any language). */
    private static Label formLabel(String key) {
        Label label = new Label(Text.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
