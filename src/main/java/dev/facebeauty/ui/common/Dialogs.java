package dev.facebeauty.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;

import java.util.Optional;

/**
 * The one place alerts and questions are made: owned by the window of {@code from}, titled with the app's name,
 * styled with that window's theme.
 */
public final class Dialogs {

    /** The file chooser\'s patterns for the photos the app opens: *.jpg, *.png, *.tif, … */
    public static final java.util.List<String> PHOTO_PATTERNS = dev.facebeauty.model.ServiceTerms.PHOTO_EXTENSIONS.stream()
            .map(e -> "*." + e).toList();

    private Dialogs() {
    }

    /** A yes/no question; true when the user picked {@code action} (the default button, Enter). */
    public static boolean confirm(Node from, Alert.AlertType type, String header, String text, String action) {
        return confirm(from, type, header, text, action, false);
    }

    /**
     * A yes/no question whose default button (Enter) is Cancel when {@code cautious}: for questions whose yes costs
     * money or cannot be taken back.
     */
    public static boolean confirm(Node from, Alert.AlertType type, String header, String text, String action, boolean cautious) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(type, text, ButtonType.CANCEL, yes);
        dress(ask, from, header);
        if (cautious) {
            ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        }
        return ask.showAndWait().filter(b -> b == yes).isPresent();
    }

    /** A line of text asked for, or empty when cancelled. */
    public static Optional<String> ask(Node from, String header, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setContentText(prompt);
        dress(dialog, from, header);
        return dialog.showAndWait();
    }

    /** Something the user should read, with OK. */
    public static void tell(Node from, Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        dress(alert, from, header);
        alert.showAndWait();
    }

    /** A sheet to read (the keyboard shortcuts, About): a heading, any content, and OK. */
    public static void show(Node from, String header, Node content) {
        Alert sheet = new Alert(Alert.AlertType.NONE, "", ButtonType.OK);
        dress(sheet, from, header);
        sheet.getDialogPane().setContent(content);
        sheet.showAndWait();
    }

    private static void dress(Dialog<?> dialog, Node from, String header) {
        dialog.initOwner(from.getScene().getWindow());
        dialog.setTitle(Branding.APP_NAME);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().setAll(from.getScene().getStylesheets());
    }
}
