package dev.facebeauty.ui;

import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.settings.Preset;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Undo and redo through the real controls and keys, and the menu bar with its shortcut sheet and About box. */
class UndoAndMenusWindowTest extends WindowTestBase {

    private static final KeyCodeCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    @Start
    void start(Stage stage) throws Exception {
        showWindow(stage);
    }

    @Test
    void everyChangeIsOneStepBackAndForward(FxRobot robot) throws Exception {
        openAndAnalyse(robot, photo());
        BeautyParameters start = vm.adjustments().parameters();

        robot.doubleClickOn("#value-whitening").write("60").type(KeyCode.ENTER);
        Slider smoothing = robot.lookup("#slider-control-smoothing").queryAs(Slider.class);
        robot.interact(() -> smoothing.setValue(50));
        robot.interact(() -> smoothing.setValue(55)); // still the same drag: one step
        @SuppressWarnings("unchecked")
        ComboBox<FilterOption> filter = robot.lookup("#filter-box").queryAs(ComboBox.class);
        robot.interact(() -> filter.setValue(new FilterOption(Optional.of(FilterType.CHAPLIN))));
        @SuppressWarnings("unchecked")
        ComboBox<Preset> presets = robot.lookup("#preset-box").queryAs(ComboBox.class);
        Preset glam = presets.getItems().stream().filter(p -> p.parameters().filter().equals(Optional.of(FilterType.PEACH_BLOSSOM)))
                .findFirst().orElseThrow();
        robot.interact(() -> presets.getSelectionModel().select(glam));
        assertEquals(glam.parameters(), vm.adjustments().parameters());
        assertEquals(List.of("Photo opened", "Whitening", "Smoothing", "Filter: Chaplin", "Preset: " + glam.name()),
                vm.edits().steps().stream().map(EditHistory.Step::label).toList());

        robot.clickOn("#original-pane"); // out of the value box, whose own Ctrl+Z would take the key
        robot.push(UNDO);
        assertEquals(Optional.of(FilterType.CHAPLIN), vm.adjustments().parameters().filter(), "the preset is taken back whole");
        assertEquals(55, vm.adjustments().parameters().value(dev.facebeauty.model.Adjustment.SMOOTHING));
        robot.push(UNDO).push(UNDO);
        assertEquals(60, vm.adjustments().parameters().value(dev.facebeauty.model.Adjustment.WHITENING));
        assertEquals(start.value(dev.facebeauty.model.Adjustment.SMOOTHING),
                vm.adjustments().parameters().value(dev.facebeauty.model.Adjustment.SMOOTHING), "the drag was one step");
        robot.push(UNDO);
        assertEquals(start, vm.adjustments().parameters());
        robot.push(UNDO); // nothing more to undo
        assertEquals(start, vm.adjustments().parameters());

        robot.push(REDO).push(REDO);
        assertEquals(55, vm.adjustments().parameters().value(dev.facebeauty.model.Adjustment.SMOOTHING));
        assertEquals("Redo Filter: Chaplin", menuItem(robot, "menu-redo").getText());

        robot.clickOn("#reset-all");
        assertEquals(BeautyParameters.firstStart(), vm.adjustments().parameters());
        assertEquals("Undo Reset all", menuItem(robot, "menu-undo").getText());
        assertFalse(vm.edits().canRedo().get(), "a new change ends what could be redone");
        robot.push(UNDO);
        assertEquals(55, vm.adjustments().parameters().value(dev.facebeauty.model.Adjustment.SMOOTHING), "Reset all is undone");

        Preset natural = presets.getItems().getFirst();
        robot.interact(() -> presets.getSelectionModel().select(natural));
        assertEquals("Undo Preset: " + natural.name(), menuItem(robot, "menu-undo").getText(),
                "the Natural preset is named as a preset, though its values are Reset all's");
        robot.push(UNDO);

        robot.interact(() -> vm.result().amountProperty().set(40));
        robot.interact(() -> vm.result().amountProperty().set(30));
        robot.push(UNDO);
        assertEquals(100, vm.result().amountProperty().get(), "Amount dragged is one step");
    }

    @Test
    void brushStrokesAreStepsToo(FxRobot robot) throws Exception {
        openAndAnalyse(robot, photo());
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        robot.clickOn("#beautify-button");
        waitUntil("the result", () -> vm.result().imageProperty().get() != null);
        RestoreBrush brush = vm.restoreBrush();
        robot.interact(() -> {
            brush.press(100, 100, 1, false);
            brush.drag(140, 120, 1);
            brush.release();
        });
        assertTrue(brush.paintedProperty().get());
        robot.clickOn("#original-pane");
        robot.push(UNDO);
        assertFalse(brush.paintedProperty().get(), "the stroke is taken back");
        robot.push(REDO);
        assertTrue(brush.paintedProperty().get(), "and comes back");
        assertEquals(1, brush.strokes().size());

        // M tints where the brush painted, and nowhere else.
        javafx.scene.image.ImageView result = robot.lookup("#result-image").queryAs(javafx.scene.image.ImageView.class);
        javafx.scene.image.Image before = snapshot(robot, result.getParent());
        robot.push(KeyCode.M);
        assertTrue(robot.lookup("#brush-mask-overlay").query().isVisible());
        javafx.scene.image.Image tinted = snapshot(robot, result.getParent());
        double scale = result.getFitWidth() / result.getImage().getWidth();
        javafx.geometry.Bounds picture = result.getBoundsInParent();
        int changed = 0;
        for (int y = 0; y < (int) before.getHeight(); y++) {
            for (int x = 0; x < (int) before.getWidth(); x++) {
                if (before.getPixelReader().getArgb(x, y) != tinted.getPixelReader().getArgb(x, y)) {
                    changed++;
                    double px = (x - picture.getMinX()) / scale, py = (y - picture.getMinY()) / scale;
                    assertTrue(px > 50 && px < 190 && py > 50 && py < 170, "tinted outside the stroke at " + px + ", " + py);
                }
            }
        }
        assertTrue(changed > 100, "the stroke is tinted: " + changed + " pixels");
        robot.push(KeyCode.M);
        assertFalse(robot.lookup("#brush-mask-overlay").query().isVisible(), "M again hides it");

        // A slider moved: the preview replaces the result, and the brush has nothing to paint on.
        robot.interact(() -> brush.activeProperty().set(true));
        robot.interact(() -> vm.adjustments().sliders().get(0).valueProperty().set(70));
        waitUntil("the preview", () -> vm.previewShownProperty().get());
        assertTrue(robot.lookup("#restore-brush").query().isDisabled());
        assertFalse(brush.activeProperty().get(), "the brush is switched off under a preview");
    }

    private static javafx.scene.image.Image snapshot(FxRobot robot, javafx.scene.Node node) {
        javafx.scene.image.Image[] shot = new javafx.scene.image.Image[1];
        robot.interact(() -> shot[0] = node.snapshot(null, null));
        return shot[0];
    }

    @Test
    void theMenusHoldEveryCommandWithItsKeysAndHelpExplainsThem(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        assertEquals(List.of("File", "Edit", "View", "Image", "Help"), bar.getMenus().stream().map(Menu::getText).toList());
        assertEquals(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), menuItem(robot, "menu-open").getAccelerator());
        assertEquals(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                menuItem(robot, "menu-beautify").getAccelerator());
        assertTrue(menuItem(robot, "menu-beautify").isDisable(), "nothing to beautify before a photo is open");

        openAndAnalyse(robot, photo());
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        robot.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        waitUntil("Ctrl+Enter to beautify", () -> vm.result().imageProperty().get() != null);

        robot.push(KeyCode.F1);
        waitUntil("the keyboard sheet", () -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        List<String> keys = robot.lookup("#shortcut-sheet .shortcut-keys").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(keys.contains(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN).getDisplayText()), keys.toString());
        assertTrue(keys.contains("Space") && keys.contains("B"), keys.toString());
        closeSheet(robot);

        MenuItem about = menuItem(robot, "menu-about");
        javafx.application.Platform.runLater(about::fire); // About waits for OK: not from inside interact()
        waitUntil("About", () -> robot.lookup("#about-licences").tryQuery().isPresent());
        String licences = robot.lookup("#about-licences").queryAs(TextArea.class).getText();
        assertTrue(licences.contains("MediaPipe BlazeFace and Face Mesh") && licences.contains("Apache License 2.0"), licences);
        assertTrue(robot.lookup("#about-version").queryAs(Label.class).getText().startsWith("Version "));
        closeSheet(robot);
    }

    private static void closeSheet(FxRobot robot) {
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }
}
