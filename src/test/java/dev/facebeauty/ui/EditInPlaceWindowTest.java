package dev.facebeauty.ui;

import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.imaging.ColourProfiles;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.testing.TestProfiles;
import dev.facebeauty.testing.TestTiffs;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lightroom Classic's or Capture One's Edit In, played through: the launcher's {@code --edit-in-place PHOTO} opens a
 * 16-bit Adobe RGB TIFF, the cloud retouches it, "Save back to" asks once and writes the result over the same file in
 * its own format, size, depth, profile, compression and tags; nothing else is written beside it.
 */
class EditInPlaceWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        showWindow(stage);
    }

    @Test
    void aTiffHandedOverIsRetouchedAndSavedBackInItsOwnForm(FxRobot robot) throws Exception {
        BufferedImage picture = TestProfiles.sixteenBit(900, 700, TestProfiles.adobeRgb());
        WritableRaster raster = picture.getRaster();
        for (int y = 0; y < 700; y++) {
            for (int x = 0; x < 900; x++) {
                raster.setPixel(x, y, new int[]{12000 + x * 41, 15000 + y * 37, 20000 + (x ^ y) * 13 % 9000});
            }
        }
        Path photo = dir.resolve("edit.tif");
        Files.write(photo, TestTiffs.tagged(picture, "A. Photographer", "Bride, left"));
        List<Path> before = listed();

        robot.interact(() -> FaceBeautyApp.openFromArguments(vm, List.of(FaceBeautyApp.EDIT_IN_PLACE, photo.toString())));
        waitUntil("the photo to show and be analysed", () -> vm.photo().imageProperty().get() != null && vm.photo().facesProperty().get() != null);
        assertEquals("edit.tif (edit in place) — Face Beauty Studio", vm.windowTitle().get());
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.CLOUD));
        robot.interact(vm::beautify);
        waitUntil("the result", () -> vm.result().imageProperty().get() != null && vm.canSave().get());
        Button save = robot.lookup("#save-button").queryAs(Button.class);
        assertEquals("Save back to edit.tif", save.getText());

        robot.clickOn(save);
        waitUntil("the question", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Save back to edit.tif?", question.getHeaderText());
        assertTrue(question.getContentText().startsWith("This replaces " + photo.toAbsolutePath()), question.getContentText());
        robot.clickOn("Save back");
        waitUntil("saved back", () -> status(robot).startsWith("Saved back to"));

        assertEquals(before, listed(), "nothing written beside the photo");
        byte[] written = Files.readAllBytes(photo);
        DecodedImage back = new ImageDecoder().decode(written);
        assertEquals(ImageFormat.TIFF, back.format());
        assertEquals(900, back.width());
        assertEquals(700, back.height());
        assertArrayEquals(new int[]{16, 16, 16}, back.image().getColorModel().getComponentSize());
        assertTrue(ColourProfiles.profileOf(back.image()).isPresent(), "the Adobe RGB profile is kept");
        var tags = TestTiffs.tags(written);
        assertEquals(5, tags.getTIFFField(BaselineTIFFTagSet.TAG_COMPRESSION).getAsInt(0), "LZW, as it came");
        assertEquals("A. Photographer", tags.getTIFFField(BaselineTIFFTagSet.TAG_ARTIST).getAsString(0));
        assertEquals("Bride, left", tags.getTIFFField(BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION).getAsString(0));
        int[] was = picture.getRaster().getPixel(450, 350, (int[]) null), now = back.image().getRaster().getPixel(450, 350, (int[]) null);
        assertTrue(now[1] > was[1] + 2000, "retouched (the contract server brightens): " + was[1] + " → " + now[1]);
    }

    @Test
    void theInstalledEditInPlaceLauncherIsKnownByItsName() {
        assertTrue(FaceBeautyApp.isEditInPlaceLauncher("/opt/face-beauty-studio/bin/face-beauty-studio-edit-in-place"));
        assertTrue(FaceBeautyApp.isEditInPlaceLauncher("C:\\Program Files\\Face Beauty Studio\\face-beauty-studio-edit-in-place.exe"));
        assertTrue(!FaceBeautyApp.isEditInPlaceLauncher("/opt/face-beauty-studio/bin/face-beauty-studio"));
        assertTrue(!FaceBeautyApp.isEditInPlaceLauncher(""));
    }

    private List<Path> listed() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().equals("home")).sorted().toList();
        }
    }
}
