package dev.facebeauty.ui;

import dev.facebeauty.app.Version;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Branding;
import dev.facebeauty.ui.common.Dialogs;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Help → About: the version, what it runs on, and the licences of everything it ships, the face models included. */
final class AboutBox {

    private AboutBox() {
    }

    static void show(Node from) {
        Label version = new Label(Text.get("about.version", Version.current()));
        version.setId("about-version");
        Label runtime = new Label(Text.get("about.runtime", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?")));
        Label heading = new Label(Text.get("about.licences"));
        heading.getStyleClass().add("pane-title");
        TextArea licences = new TextArea(licences());
        licences.setId("about-licences");
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(14);
        licences.setPrefColumnCount(64);
        Dialogs.show(from, Text.get("about.title", Branding.APP_NAME), new VBox(8, version, runtime, heading, licences));
    }

    /** The licence list shipped beside this class: names and licences, facts that stay in English. */
    static String licences() {
        try (InputStream in = AboutBox.class.getResourceAsStream("licences.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
