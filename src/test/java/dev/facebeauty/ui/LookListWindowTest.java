package dev.facebeauty.ui;

import dev.facebeauty.model.FilterType;
import javafx.scene.control.ComboBox;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The filter list shows each look drawn small on the open photo. */
class LookListWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        showWindow(stage);
    }

    @Test
    void eachLookIsDrawnOnTheOpenPhotoInTheList(FxRobot robot) throws Exception {
        openAndAnalyse(robot, photo());
        waitUntil("the looks drawn", () -> vm.photo().looksProperty().get().size() == FilterType.values().length);
        @SuppressWarnings("unchecked")
        ComboBox<FilterOption> box = robot.lookup("#filter-box").queryAs(ComboBox.class);
        robot.clickOn(box);
        waitUntil("the list", () -> robot.lookup(".look-cell").queryAll().size() > 5);
        List<Image> shown = robot.lookup(".look-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getGraphic() instanceof ImageView)
                .map(n -> ((ImageView) ((javafx.scene.control.ListCell<?>) n).getGraphic()).getImage()).toList();
        assertTrue(shown.size() >= 5, "looks drawn in the visible rows: " + shown.size());
        Image blackAndWhite = vm.photo().looksProperty().get().get(FilterType.BLACK_AND_WHITE);
        int p = blackAndWhite.getPixelReader().getArgb((int) blackAndWhite.getWidth() / 2, (int) blackAndWhite.getHeight() / 2);
        assertEquals(p >> 16 & 255, p & 255, 2, "Black and White is drawn grey");
        Image warm = vm.photo().looksProperty().get().get(FilterType.WARM);
        assertTrue(differs(blackAndWhite, warm), "each look is its own picture");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }
}
