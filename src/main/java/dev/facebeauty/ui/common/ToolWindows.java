package dev.facebeauty.ui.common;

import dev.facebeauty.text.Text;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/** What the batch, variants and history windows have in common: owner, title, icon, theme, their model, copying ids. */
public final class ToolWindows {

    private ToolWindows() {
    }

    /**
     * Sets up {@code stage} as a window of the main one, showing {@code root} in the main window's theme; the model is
     * kept as the stage's user data so the UI tests can drive it.
     */
    public static void setUp(Stage stage, Window owner, String title, Parent root, double width, double height,
                      List<String> stylesheets, Object model) {
        stage.initOwner(owner);
        stage.setTitle(Text.get("window.title", title, Branding.APP_NAME));
        stage.getIcons().setAll(Branding.appIcons());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.setUserData(model);
    }

    /** Puts an id on the clipboard for a support question; nothing when there is none yet. */
    public static void copy(String text) {
        if (text != null && !text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    public static void bringUp(Stage stage) {
        stage.show();
        stage.toFront();
    }
}
