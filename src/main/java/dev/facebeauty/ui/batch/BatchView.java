package dev.facebeauty.ui.batch;

import dev.facebeauty.jobs.BatchRunner;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Dialogs;
import dev.facebeauty.ui.common.Thumbnails;
import dev.facebeauty.ui.common.ToolWindows;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
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
        form.add(patternHint, 1, 3);

        Label cost = new Label();
        cost.textProperty().bind(vm.costText());
        cost.setWrapText(true);
        cost.getStyleClass().add("hint");

        TableView<BatchRow> table = new TableView<>(vm.rows());
        table.setId("batch-table");
        table.setPlaceholder(new Label(Text.get("batch.placeholder")));
        TableColumn<BatchRow, java.nio.file.Path> picture = new TableColumn<>("");
        picture.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().input()));
        picture.setCellFactory(c -> new ThumbnailCell(thumbnails));
        picture.setPrefWidth(Thumbnails.SIZE / 2.0 + 16);
        picture.setSortable(false);
        TableColumn<BatchRow, Number> bar = new TableColumn<>(Text.get("batch.column.progress"));
        bar.setCellValueFactory(c -> c.getValue().progressProperty());
        bar.setCellFactory(c -> new ProgressCell());
        bar.setPrefWidth(110);
        TableColumn<BatchRow, String> name = new TableColumn<>(Text.get("batch.column.photo"));
        name.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().input().getFileName().toString()));
        name.setPrefWidth(170);
        TableColumn<BatchRow, String> state = new TableColumn<>(Text.get("batch.column.state"));
        state.setCellValueFactory(c -> Bindings.createStringBinding(() -> label(c.getValue().stateProperty().get()),
                c.getValue().stateProperty()));
        state.setPrefWidth(100);
        TableColumn<BatchRow, String> detail = new TableColumn<>(Text.get("batch.column.details"));
        detail.setCellValueFactory(c -> c.getValue().detailProperty());
        detail.setPrefWidth(300);
        TableColumn<BatchRow, String> task = new TableColumn<>("task_id");
        task.setCellValueFactory(c -> c.getValue().taskIdProperty());
        task.setPrefWidth(220);
        table.getColumns().setAll(List.of(picture, name, state, bar, detail, task));
        table.setFixedCellSize(Thumbnails.SIZE / 2.0 + 8);
        table.setRowFactory(t -> {
            TableRow<BatchRow> row = new TableRow<>();
            MenuItem copyTask = new MenuItem(Text.get("common.copyTaskId"));
            copyTask.setMnemonicParsing(false); // keep the underscores
            copyTask.setOnAction(e -> ToolWindows.copy(row.getItem().taskIdProperty().get()));
            MenuItem copyRequest = new MenuItem(Text.get("common.copyRequestId"));
            copyRequest.setMnemonicParsing(false);
            copyRequest.setOnAction(e -> ToolWindows.copy(row.getItem().requestIdProperty().get()));
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null)
                    .otherwise(new ContextMenu(copyTask, copyRequest)));
            return row;
        });
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
        retry.disableProperty().bind(vm.runningProperty());
        HBox actions = new HBox(8, progress, start, pause, cancel, retry);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(12, adding, form, cost, table, message, actions);
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
        stage.setOnHidden(e -> vm.close());
    }

    public void show() {
        ToolWindows.bringUp(stage);
    }

    public Stage stage() {
        return stage;
    }

    /** The photo's picture, half the history's size so the queue stays dense. */
    private static final class ThumbnailCell extends javafx.scene.control.TableCell<BatchRow, java.nio.file.Path> {
        private final Thumbnails thumbnails;
        private final javafx.scene.image.ImageView view = new javafx.scene.image.ImageView();

        ThumbnailCell(Thumbnails thumbnails) {
            this.thumbnails = thumbnails;
            view.setFitWidth(Thumbnails.SIZE / 2.0);
            view.setFitHeight(Thumbnails.SIZE / 2.0);
            view.setPreserveRatio(true);
            view.setSmooth(true);
        }

        @Override
        protected void updateItem(java.nio.file.Path file, boolean empty) {
            super.updateItem(file, empty);
            view.setImage(null);
            if (empty || file == null) {
                setGraphic(null);
                return;
            }
            thumbnails.request(file, image -> {
                if (file.equals(getItem())) {
                    view.setImage(image);
                }
            });
            setGraphic(view);
        }
    }

    private static final class ProgressCell extends javafx.scene.control.TableCell<BatchRow, Number> {
        private final ProgressBar bar = new ProgressBar();

        ProgressCell() {
            bar.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(Number value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setGraphic(null);
            } else {
                bar.setProgress(value.doubleValue());
                setGraphic(bar);
            }
        }
    }

    /** A label of the form's first column, never narrower than its text (in any language). */
    private static Label formLabel(String key) {
        Label label = new Label(Text.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static String label(BatchRunner.State state) {
        return switch (state) {
            case WAITING -> Text.get("batch.state.waiting");
            case WORKING -> Text.get("batch.state.working");
            case DONE -> Text.get("batch.state.done");
            case SKIPPED -> Text.get("batch.state.skipped");
            case FAILED -> Text.get("batch.state.failed");
            case CANCELLED -> Text.get("batch.state.cancelled");
        };
    }
}
