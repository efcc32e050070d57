package dev.facebeauty.ui;

import dev.facebeauty.jobs.RecoveredResult;
import dev.facebeauty.text.Text;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;

/** The bars above the photos offering results from earlier sessions. */
final class RecoveryBanners {

    private RecoveryBanners() {
    }

    /** One bar per result waiting from an earlier session, with Show and Discard. */
    static void rebuild(VBox banners, MainViewModel vm) {
        banners.getChildren().clear();
        for (RecoveredResult item : vm.recovered()) {
            Label text = new Label(Text.get("recovery.banner", Path.of(item.entry().source()).getFileName(),
                    item.entry().taskId()));
            Button show = new Button(Text.get("recovery.show"));
            show.setOnAction(e -> vm.recovery().showRecovered(item));
            Button discard = new Button(Text.get("recovery.discard"));
            discard.setOnAction(e -> vm.recovery().discardRecovered(item));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox banner = new HBox(8, text, spacer, show, discard);
            banner.setAlignment(Pos.CENTER_LEFT);
            banner.getStyleClass().add("banner");
            banners.getChildren().add(banner);
        }
    }

}
