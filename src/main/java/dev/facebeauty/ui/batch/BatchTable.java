package dev.facebeauty.ui.batch;

import dev.facebeauty.jobs.BatchRunner;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Thumbnails;
import dev.facebeauty.ui.common.ToolWindows;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.List;

/** The batch queue as a table: picture, name, state, progress, details (whole in a tooltip) and task id. */
final class BatchTable {

    private BatchTable() {
    }

    static TableView<BatchRow> of(BatchViewModel vm, Thumbnails thumbnails) {
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
        return table;
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

    /** A long sentence cut by the column shows whole in its tooltip (and below the table for the selected row). */
    private static final class DetailCell extends TableCell<BatchRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            setTooltip(empty || text == null || text.isBlank() ? null : new Tooltip(text));
        }
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
