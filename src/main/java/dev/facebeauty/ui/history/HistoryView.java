package dev.facebeauty.ui.history;

import dev.facebeauty.jobs.JournalEntry;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Thumbnails;
import dev.facebeauty.ui.common.ToolWindows;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/** The history window: past cloud jobs with a picture, settings, time and state; reopen, run again or delete. */
public final class HistoryView {

    private final Stage stage = new Stage();

    public HistoryView(HistoryViewModel vm, Thumbnails thumbnails, Window owner, List<String> stylesheets) {

        ListView<JournalEntry> list = new ListView<>(vm.entries());
        list.setId("history-list");
        list.setPlaceholder(new Label(Text.get("history.placeholder")));
        list.setCellFactory(v -> new EntryCell(vm, thumbnails));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label message = new Label();
        message.setId("history-message");
        message.getStyleClass().add("hint");

        Button reopen = new Button(Text.get("history.reopen"));
        reopen.setId("history-reopen");
        reopen.getStyleClass().add("accent");
        reopen.setOnAction(e -> vm.reopen(list.getSelectionModel().getSelectedItem()));
        Button rerun = new Button(Text.get("history.rerun"));
        rerun.setId("history-rerun");
        rerun.setOnAction(e -> message.setText(vm.rerun(list.getSelectionModel().getSelectedItem())
                ? Text.get("history.rerunning") : Text.get("history.originalGone")));
        Button delete = new Button(Text.get("history.delete"));
        delete.setId("history-delete");
        delete.setOnAction(e -> message.setText(vm.delete(list.getSelectionModel().getSelectedItem())
                ? Text.get("history.deleted") : Text.get("history.stillWaiting")));
        Button check = new Button(Text.get("history.check"));
        check.setId("history-check");
        check.setTooltip(new Tooltip(Text.get("history.checkTip")));
        check.setOnAction(e -> {
            message.setText(Text.get("history.asking"));
            vm.checkNow(list.getSelectionModel().getSelectedItem(), message::setText);
        });
        check.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            JournalEntry selected = list.getSelectionModel().getSelectedItem();
            return selected == null || !HistoryViewModel.waiting(selected);
        }, list.getSelectionModel().selectedItemProperty(), vm.entries()));
        Button copyId = new Button(Text.get("common.copyTaskId"));
        copyId.setMnemonicParsing(false); // keep the underscore
        copyId.setOnAction(e -> {
            ToolWindows.copy(list.getSelectionModel().getSelectedItem().taskId());
            message.setText(Text.get("history.copied"));
        });
        for (Button b : List.of(reopen, rerun, delete, copyId)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Button refresh = new Button(Text.get("history.refresh"));
        refresh.setOnAction(e -> vm.refresh());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                vm.reopen(list.getSelectionModel().getSelectedItem());
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        javafx.scene.control.CheckBox waitingOnly = new javafx.scene.control.CheckBox(Text.get("history.waitingOnly"));
        waitingOnly.setId("history-waiting-only");
        waitingOnly.selectedProperty().bindBidirectional(vm.waitingOnlyProperty());
        HBox actions = new HBox(8, reopen, rerun, check, delete, copyId, gap, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(12, waitingOnly, list, message, actions);
        root.setPadding(new Insets(16));
        ToolWindows.setUp(stage, owner, Text.get("history.title"), root, 900, 580, stylesheets, vm);
        stage.setOnShown(e -> vm.refresh());
    }

    public void show() {
        ToolWindows.bringUp(stage);
    }

    /** One job: picture, name and time, settings, state and task id. */
    private static final class EntryCell extends ListCell<JournalEntry> {
        private final HistoryViewModel vm;
        private final Thumbnails thumbnails;
        private final ImageView picture = new ImageView();
        private final Label title = new Label();
        private final Label parameters = new Label();
        private final Label state = new Label();
        private final HBox box;

        EntryCell(HistoryViewModel vm, Thumbnails thumbnails) {
            this.vm = vm;
            this.thumbnails = thumbnails;
            title.getStyleClass().add("history-title");
            parameters.getStyleClass().add("hint");
            state.getStyleClass().add("hint");
            StackPane frame = new StackPane(picture);
            frame.getStyleClass().add("thumbnail");
            frame.setMinSize(Thumbnails.SIZE, Thumbnails.SIZE);
            frame.setPrefSize(Thumbnails.SIZE, Thumbnails.SIZE);
            box = new HBox(12, frame, new VBox(3, title, parameters, state));
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(JournalEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            title.setText(vm.title(entry));
            parameters.setText(HistoryViewModel.parameters(entry));
            state.setText(Text.get("history.stateAndTask", HistoryViewModel.state(entry), entry.taskId()));
            picture.setImage(null);
            thumbnails.request(vm.pictureOf(entry), image -> {
                if (entry.equals(getItem())) {
                    picture.setImage(image);
                }
            });
            setGraphic(box);
        }
    }
}
