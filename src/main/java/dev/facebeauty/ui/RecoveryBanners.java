package dev.facebeauty.ui;

import dev.facebeauty.jobs.RecoveredResult;
import dev.facebeauty.text.Text;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;

/**
 * The one bar above the photos for results from earlier sessions: the result itself when there is one (Show,
 * Discard), a count and Review when there are several, and Undo for a discard just made.
 */
final class RecoveryBanners {

    private RecoveryBanners() {
    }

    static void rebuild(VBox banners, MainViewModel vm, Runnable review) {
        banners.getChildren().clear();
        RecoveryViewModel recovery = vm.recovery();
        List<RecoveredResult> waiting = List.copyOf(vm.recovered());
        RecoveredResult discarded = recovery.lastDiscardedProperty().get();
        if (discarded != null) {
            Button undo = button("recovery.undoDiscard", "recovery-undo", recovery::undoDiscard);
            Button close = button("recovery.close", "recovery-close", recovery::keepDiscard);
            banners.getChildren().add(bar(Text.get("recovery.discarded", nameOf(discarded)), undo, close));
        } else if (waiting.size() == 1) {
            RecoveredResult item = waiting.getFirst();
            banners.getChildren().add(bar(Text.get("recovery.banner", nameOf(item), item.entry().taskId()),
                    button("recovery.show", "recovery-show", () -> recovery.showRecovered(item)),
                    button("recovery.discard", "recovery-discard", () -> recovery.discardRecovered(item))));
        } else if (waiting.size() > 1) {
            banners.getChildren().add(bar(Text.get("recovery.several", waiting.size()),
                    button("recovery.review", "recovery-review", review),
                    button("recovery.showNewest", "recovery-show", () -> recovery.showRecovered(waiting.getFirst()))));
        }
    }

    private static Path nameOf(RecoveredResult item) {
        return Path.of(item.entry().source()).getFileName();
    }

    private static Button button(String key, String id, Runnable action) {
        Button button = new Button(Text.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static HBox bar(String sentence, Node... actions) {
        Label text = new Label(sentence);
        text.setId("recovery-text");
        text.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(8, text, spacer);
        banner.getChildren().addAll(actions);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("banner");
        return banner;
    }
}
