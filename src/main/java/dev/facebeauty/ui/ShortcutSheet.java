package dev.facebeauty.ui;

import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Dialogs;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import java.util.ArrayList;
import java.util.List;

/** Help → Keyboard shortcuts: every menu command's keys, then the keys and gestures that have no menu item. */
final class ShortcutSheet {

    private ShortcutSheet() {
    }

    static void show(Node from, MainMenu menu) {
        List<String[]> rows = new ArrayList<>(menu.shortcuts());
        rows.add(new String[]{Text.get("shortcuts.original"), Text.get("shortcuts.originalKeys")});
        rows.add(new String[]{Text.get("brush.label"), "B"});
        rows.add(new String[]{Text.get("shortcuts.brushSize"), "[  ]"});
        rows.add(new String[]{Text.get("shortcuts.mask"), "M"});
        rows.add(new String[]{Text.get("menu.nextFace") + " / " + Text.get("menu.previousFace"), "N / Shift+N"});
        rows.add(new String[]{Text.get("shortcuts.brushBack"), Text.get("shortcuts.brushBackKeys")});
        rows.add(new String[]{Text.get("shortcuts.zoomToggle"), Text.get("shortcuts.zoomToggleKeys")});
        rows.add(new String[]{Text.get("shortcuts.zoomWheel"), Text.get("shortcuts.zoomWheelKeys")});
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.getStyleClass().add("form-grid");
        for (int i = 0; i < rows.size(); i++) {
            Label what = new Label(rows.get(i)[0]);
            Label keys = new Label(rows.get(i)[1]);
            keys.getStyleClass().add("shortcut-keys");
            what.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(i, what, keys);
        }
        Dialogs.show(from, Text.get("menu.shortcuts"), grid);
    }
}
