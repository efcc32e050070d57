package dev.facebeauty.ui;

import dev.facebeauty.text.Text;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The main window's status bar: a spinner while busy, the status sentence in its colour, and the balance (a link to Settings). */
final class StatusBar extends HBox {

    StatusBar(MainViewModel vm, Runnable showSettings) {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(vm.status().textProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        vm.status().kindProperty().addListener((obs, old, kind) -> applyKind(status, kind));
        applyKind(status, vm.status().kindProperty().get());

        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.visibleProperty().bind(vm.status().busyProperty());
        spinner.managedProperty().bind(vm.status().busyProperty());

        // A link, as the balance and the missing-key hint both lead to Settings.
        Hyperlink credits = new Hyperlink();
        credits.setId("credits-text");
        credits.getStyleClass().add("credits");
        credits.textProperty().bind(vm.status().creditsProperty());
        credits.setTooltip(new Tooltip(Text.get("status.creditsTip")));
        credits.setOnAction(e -> {
            credits.setVisited(false);
            showSettings.run();
        });

        setSpacing(8);
        getChildren().addAll(spinner, status, credits);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
    }

    private static void applyKind(Label status, StatusKind kind) {
        status.getStyleClass().removeAll("status-info", "status-busy", "status-success", "status-error");
        status.getStyleClass().add("status-" + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
