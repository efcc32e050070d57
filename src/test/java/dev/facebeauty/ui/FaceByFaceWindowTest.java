package dev.facebeauty.ui;

import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.model.FaceAmounts;
import dev.facebeauty.testing.Fixtures;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A group photo face by face: faces marked and numbered, one left out by clicking, the result retouching the other. */
class FaceByFaceWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        showWindow(stage);
    }

    /** Two real portraits side by side: a group of two. */
    private Path groupOfTwo() throws Exception {
        BufferedImage a = ImageIO.read(Fixtures.photo("astronaut.png").toFile());
        BufferedImage b = ImageIO.read(Fixtures.photo("portrait-audrey.jpg").toFile());
        int h = 512, wb = b.getWidth() * h / b.getHeight();
        BufferedImage group = new BufferedImage(512 + wb, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = group.createGraphics();
        g.drawImage(a, 0, 0, 512, h, null);
        g.drawImage(b, 512, 0, wb, h, null);
        g.dispose();
        Path file = dir.resolve("group.png");
        ImageIO.write(group, "png", file.toFile());
        return file;
    }

    @Test
    void aFaceLeftOutOnTheOriginalIsLeftOutOfTheResult(FxRobot robot) throws Exception {
        Path group = groupOfTwo();
        openAndAnalyse(robot, group);
        List<Face> faces = vm.photo().facesProperty().get();
        assertEquals(2, faces.size(), "two faces found");
        assertTrue(robot.lookup("#face-marker-1").tryQuery().isPresent() && robot.lookup("#face-marker-2").tryQuery().isPresent(),
                "each face outlined and numbered on the original");
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        robot.interact(() -> {
            vm.adjustments().sliders().get(0).valueProperty().set(100); // whitening
            vm.adjustments().sliders().get(1).valueProperty().set(100); // smoothing
        });

        int second = faces.get(0).box().getCenterX() > faces.get(1).box().getCenterX() ? 0 : 1; // the right-hand face
        // A double-click on a face zooms there and never drops it.
        robot.doubleClickOn("#face-marker-" + (second + 1));
        waitUntil("100 % at the face", () -> !vm.faces().amountsProperty().get().everyFaceInFull()
                || robot.lookup("#zoom-percent").queryAs(javafx.scene.control.Label.class).getText().equals("100 %"));
        assertEquals(FaceAmounts.ALL, vm.faces().amountsProperty().get(), "a double-click leaves every face in");
        robot.push(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.DIGIT0,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN)); // back to fit

        assertEquals(second, vm.faces().pickedProperty().get(), "the double-click's first click picked the face");
        robot.sleep(700); // a moment later, so the next click is a click of its own, not a double-click
        robot.clickOn("#face-marker-" + (second + 1)); // a click on the picked face leaves it out
        waitUntil("the face left out", () -> vm.faces().amountsProperty().get().of(second) == 0);
        assertFalse(robot.lookup("#face-retouch").queryAs(CheckBox.class).isSelected(), "the panel says so");

        robot.clickOn("#beautify-button");
        waitUntil("the result", () -> vm.result().imageProperty().get() != null && !vm.status().busyProperty().get());
        BufferedImage original = new ImageDecoder().read(group).image();
        BufferedImage result = vm.result().pixels().orElseThrow();
        double leftOut = meanDifferenceIn(original, result, faces.get(second));
        double kept = meanDifferenceIn(original, result, faces.get(1 - second));
        assertTrue(leftOut < 1.0, "the face left out is untouched: " + leftOut);
        assertTrue(kept > 4.0, "the other face is retouched: " + kept);
        assertTrue(vm.result().infoProperty().get().contains("Faces retouched: " + (2 - second) + " of 2"),
                vm.result().infoProperty().get());

        robot.clickOn("#original-pane");
        robot.push(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        assertEquals(FaceAmounts.ALL, vm.faces().amountsProperty().get(), "leaving a face out is a step to undo");

        // N: the next face, at 100 % in the middle of the view.
        robot.push(javafx.scene.input.KeyCode.N);
        int picked = vm.faces().pickedProperty().get();
        assertTrue(picked >= 0);
        javafx.scene.control.ScrollPane scroll = robot.lookup("#original-pane .image-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.scene.image.ImageView picture = robot.lookup("#original-image").queryAs(javafx.scene.image.ImageView.class);
        assertEquals(1.0, picture.getFitWidth() / picture.getImage().getWidth()
                * scroll.getScene().getWindow().getRenderScaleX(), 0.01, "at 100 %");
        java.awt.geom.Rectangle2D box = faces.get(picked).box();
        double perPixel = picture.getFitWidth() / picture.getImage().getWidth();
        javafx.geometry.Point2D face = picture.localToScene(box.getCenterX() * perPixel, box.getCenterY() * perPixel);
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        assertEquals(view.getCenterX(), face.getX(), 30, "the face is in the middle of the view");

        // The wheel zooms about the pointer: the photo point under it stays under it.
        javafx.geometry.Point2D pointer = new javafx.geometry.Point2D(view.getMinX() + view.getWidth() * 0.3, view.getCenterY());
        javafx.geometry.Point2D before = picture.sceneToLocal(pointer);
        double scaleBefore = picture.getFitWidth();
        javafx.geometry.Point2D screen = scroll.localToScreen(scroll.sceneToLocal(pointer));
        robot.interact(() -> javafx.event.Event.fireEvent(scroll, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, pointer.getX(), pointer.getY(), screen.getX(), screen.getY(),
                false, false, false, false, false, false, 0, 40, 0, 40,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D after = picture.sceneToLocal(pointer);
        double ratio = picture.getFitWidth() / scaleBefore;
        assertTrue(ratio != 1.0, "the wheel zoomed");
        assertEquals(before.getX() * ratio, after.getX(), 6, "the point under the pointer stayed there");
    }

    /** Mean absolute difference of the red and blue channels over the middle of a face. */
    private static double meanDifferenceIn(BufferedImage a, BufferedImage b, Face face) {
        Rectangle2D oval = face.bounds(FaceRegions.FACE_OVAL);
        int x0 = (int) (oval.getCenterX() - oval.getWidth() / 4), x1 = (int) (oval.getCenterX() + oval.getWidth() / 4);
        int y0 = (int) (oval.getCenterY() - oval.getHeight() / 4), y1 = (int) (oval.getCenterY() + oval.getHeight() / 4);
        double sum = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                sum += Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p & 255) - (q & 255));
                n += 2;
            }
        }
        return sum / n;
    }
}
