package dev.facebeauty.ui;

import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.testing.Fixtures;
import dev.facebeauty.testing.TestImages;
import dev.facebeauty.ui.batch.BatchViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window driven through its real controls on JavaFX's headless platform. */
class MainWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        showWindow(stage);
    }

    @Test
    void theWindowIconComesInEverySizeTheDesktopAsksFor() {
        var icons = dev.facebeauty.ui.common.Branding.appIcons();
        assertEquals(java.util.List.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0),
                icons.stream().map(javafx.scene.image.Image::getWidth).toList());
        icons.forEach(icon -> assertTrue(!icon.isError() && icon.getHeight() == icon.getWidth()));
    }

    @Test
    void openTuneBeautifyCompareAndSave(FxRobot robot) throws Exception {
        Path photo = photo();
        assertEquals("Face Beauty Studio", vm.windowTitle().get());
        openAndAnalyse(robot, photo);
        assertEquals("portrait.jpg — Face Beauty Studio", vm.windowTitle().get());
        assertTrue(robot.lookup("#original-image").queryAs(ImageView.class).getImage() != null);
        assertTrue(robot.lookup("#beautify-button").queryAs(Button.class).isDisabled() == false);

        // Type a value, drag a slider by keyboard, reset one, and pick a filter.
        robot.doubleClickOn("#value-whitening").write("80").type(KeyCode.ENTER);
        assertEquals(80, vm.adjustments().sliders().getFirst().value());
        Slider smoothing = robot.lookup("#slider-control-smoothing").queryAs(Slider.class);
        robot.interact(() -> smoothing.setValue(0));
        assertEquals(0, vm.adjustments().sliders().get(1).value());
        assertEquals("0", robot.lookup("#value-smoothing").queryAs(javafx.scene.control.TextField.class).getText());
        robot.interact(() -> vm.adjustments().sliders().get(2).valueProperty().set(7));
        robot.clickOn("#reset-thinface");
        assertEquals(0, vm.adjustments().sliders().get(2).value(), "reset returns to the starting value: thin face off");
        @SuppressWarnings("unchecked")
        ComboBox<FilterOption> filter = robot.lookup("#filter-box").queryAs(ComboBox.class);
        assertEquals(36, filter.getItems().size(), "None and the 35 filters");
        robot.interact(() -> filter.getSelectionModel().select(15));
        assertEquals(FilterType.CHAPLIN, vm.adjustments().parameters().filter().orElseThrow());

        robot.clickOn("#beautify-button");
        confirmUploadWithoutFace(robot);
        waitUntil("the result to show", () -> vm.result().imageProperty().get() != null);
        assertTrue(status(robot).startsWith("Done"), status(robot));
        ImageView result = robot.lookup("#result-image").queryAs(ImageView.class);
        assertNotNull(result.getImage());
        ImageView original = robot.lookup("#original-image").queryAs(ImageView.class);
        assertEquals(original.getFitWidth(), result.getFitWidth(), 0.01, "before and after at the same zoom");
        assertTrue(result.getFitWidth() > 0);
        double fitted = result.getFitWidth();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitted * 1.25, result.getFitWidth(), 0.5, "Ctrl+= zooms in");
        assertEquals(original.getFitWidth(), result.getFitWidth(), 0.01, "and both sides follow");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitted, result.getFitWidth(), 0.5, "Ctrl+0 fits again");
        var fields = server.submits().getFirst().fields();
        assertEquals("80", fields.get("whitening"));
        assertEquals("0", fields.get("smoothing"));
        assertEquals("0", fields.get("thinface"), "a slider at 0 is sent as 0: omitted would mean 50 to the service");
        assertEquals("15", fields.get("filter_type"));
        assertTrue(robot.lookup("#save-button").queryAs(Button.class).isDisabled() == false);

        Path saved = dir.resolve("out/portrait_beauty.png");
        Files.createDirectories(saved.getParent());
        robot.interact(() -> vm.result().save(saved));
        waitUntil("the save to finish", () -> status(robot).startsWith("Saved"));
        BufferedImage in = new ImageDecoder().read(photo).image();
        BufferedImage out = new ImageDecoder().read(saved).image();
        assertEquals(in.getWidth(), out.getWidth());
        assertNotEquals(in.getRGB(150, 180), out.getRGB(150, 180), "the saved file is the retouched result");
    }

    @Test
    void theOriginalIsNeverWrittenOverHoweverItIsReached(FxRobot robot) throws Exception {
        Path photo = photo();
        byte[] original = Files.readAllBytes(photo);
        robot.interact(() -> vm.open(photo));
        waitUntil("the photo to show", () -> vm.photo().imageProperty().get() != null);
        robot.interact(vm::beautify);
        waitUntil("the result", () -> vm.result().imageProperty().get() != null);
        assertTrue(vm.result().wouldOverwriteOriginal(photo));
        robot.interact(() -> vm.result().save(photo));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status(robot).contains("would replace the original"), status(robot));
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(photo)), "the original is untouched");
        Path link = Files.createSymbolicLink(dir.resolve("same-folder"), photo.getParent());
        Path hardLink = Files.createLink(dir.resolve("also-the-original.jpg"), photo);
        for (Path other : List.of(link.resolve(photo.getFileName()), hardLink)) {
            assertTrue(vm.result().wouldOverwriteOriginal(other), other.toString());
            robot.interact(() -> vm.result().save(other));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(status(robot).contains("never written over"), status(robot));
        }
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(photo)), "the original is untouched");
    }

    @Test
    void quittingAsksFirstOnlyWhileWorkingOrWithAnUnsavedResult(FxRobot robot) throws Exception {
        assertTrue(vm.closeWarning().isEmpty(), "nothing to lose yet");
        Path photo = photo();
        robot.interact(() -> vm.open(photo));
        waitUntil("the photo to show", () -> vm.photo().imageProperty().get() != null);
        robot.interact(vm::beautify);
        assertTrue(vm.closeWarning().orElseThrow().contains("still working"));
        waitUntil("the result", () -> vm.result().imageProperty().get() != null);
        assertTrue(vm.closeWarning().orElseThrow().contains("not saved yet"));
        Path saved = dir.resolve("saved.jpg");
        robot.interact(() -> vm.result().save(saved));
        waitUntil("the file", () -> vm.result().savedProperty().get());
        assertTrue(vm.closeWarning().isEmpty(), "saved, so closing is silent");
        assertTrue(vm.replaceWarning().isEmpty(), "saved, so opening another photo is silent");

        // Every sentence must be true: a built-in result is not kept, a cloud job's result is.
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        robot.interact(() -> vm.adjustments().sliders().getFirst().valueProperty().set(61));
        robot.interact(vm::beautify);
        waitUntil("the built-in result", () -> !vm.result().savedProperty().get() && !vm.status().busyProperty().get());
        assertTrue(vm.closeWarning().orElseThrow().contains("is not kept: if you quit now, it is lost"), vm.closeWarning().orElseThrow());
        assertTrue(vm.replaceWarning().orElseThrow().contains("if you open another photo now, it is lost"));
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.CLOUD));
        robot.interact(() -> vm.adjustments().sliders().getFirst().valueProperty().set(62));
        robot.interact(vm::beautify);
        waitUntil("the cloud result", () -> !vm.status().busyProperty().get() && vm.result().infoProperty().get().contains("task"));
        assertTrue(vm.closeWarning().orElseThrow().contains("the service's result is kept and offered again"),
                vm.closeWarning().orElseThrow());
    }

    @Test
    void theStatusBarShowsTheBalanceAndWithoutAKeyAsksForOne(FxRobot robot) throws Exception {
        robot.interact(vm::refreshCredits);
        String balance = java.text.NumberFormat.getIntegerInstance().format(1234) + " credits";
        waitUntil("the balance", () -> balance.equals(vm.status().creditsProperty().get()));
        assertEquals(balance, robot.lookup("#credits-text").queryLabeled().getText());

        robot.interact(() -> {
            try {
                ((Stage) robot.window(0)).setScene(sceneFor(null));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        robot.interact(vm::refreshCredits);
        assertEquals("Add your API key…", robot.lookup("#credits-text").queryLabeled().getText());
        Path photo = photo();
        robot.interact(() -> vm.open(photo));
        waitUntil("the photo to show", () -> vm.photo().imageProperty().get() != null);
        assertEquals(EngineKind.LOCAL, vm.engineKindProperty().get(), "without a key the built-in engine is the default");
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.CLOUD));
        robot.interact(vm::beautify);
        assertEquals("Add your AILabTools API key in Settings to use the cloud, or choose the built-in engine.", status(robot));
        assertEquals(0, server.submits().size(), "nothing is sent without a key");

        // A paid job left by a crash, and no key to fetch it with: said at start, not parked in silence.
        dev.facebeauty.jobs.TaskJournal.open(dev.facebeauty.settings.AppPaths.under(dir.resolve("home")).journalFile(),
                java.time.Instant.now()).add(dev.facebeauty.jobs.JournalEntry.submitted("left-by-a-crash", photo.toString(),
                java.time.Instant.now(), dev.facebeauty.model.BeautyParameters.firstStart()));
        robot.interact(() -> vm.recovery().recoverEarlierResults());
        waitUntil("the notice", () -> status(robot).startsWith("A paid result is waiting at the service"));
        assertEquals("A paid result is waiting at the service — enter your API key in Settings to fetch it (results are "
                + "kept 24 hours).", status(robot));
    }

    @Test
    void anErrorShowsItsSentence(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                robot.window(0).getScene().getWindow();
                ((Stage) robot.window(0)).setScene(sceneFor("not-the-key"));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Path photo = photo();
        openAndAnalyse(robot, photo);
        robot.clickOn("#beautify-button");
        confirmUploadWithoutFace(robot);
        waitUntil("the error", () -> vm.status().kindProperty().get() == StatusKind.ERROR);
        assertTrue(status(robot).startsWith("The API key is not valid — open Settings and check it."), status(robot));
        assertTrue(status(robot).contains("ERROR_APPLICATIONS_NOT_EXISTS"), status(robot));
    }

    @Test
    void aCorruptFileIsRefusedWithAClearMessage(FxRobot robot) throws Exception {
        Path corrupt = dir.resolve("broken.png");
        Files.writeString(corrupt, "this is no image");
        robot.interact(() -> vm.open(corrupt));
        waitUntil("the error", () -> vm.status().kindProperty().get() == StatusKind.ERROR);
        assertTrue(status(robot).startsWith("This file is not a photo"), status(robot));
        assertTrue(robot.lookup("#beautify-button").queryAs(Button.class).isDisabled());
    }

    @Test
    void cancelStopsPolling(FxRobot robot) throws Exception {
        server.taskStatusAlways(1);
        Path photo = photo();
        openAndAnalyse(robot, photo);
        robot.clickOn("#original-pane");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        confirmUploadWithoutFace(robot);
        waitUntil("processing, started by Ctrl+Enter", () -> status(robot).startsWith("Processing"));
        robot.clickOn("#cancel-button");
        waitUntil("cancelled", () -> status(robot).startsWith("Cancelled"));
        // No task of the window is running any more (the job's thread ended with the cancel): nothing is left to poll.
        waitUntil("every background task to end, so no more polls after Cancel",
                () -> ((java.util.concurrent.ThreadPoolExecutor) workers).getActiveCount() == 0);
        assertTrue(robot.lookup("#beautify-button").queryAs(Button.class).isDisabled() == false);
    }

    @Test
    void theZoomIsShownAsAFigureAndADoubleClickTogglesOneHundredPerCent(FxRobot robot) throws Exception {
        Path large = dir.resolve("wide.jpg");
        Files.write(large, TestImages.jpeg(TestImages.portrait(2400, 1800)));
        openAndAnalyse(robot, large);
        ImageView original = robot.lookup("#original-image").queryAs(ImageView.class);
        javafx.scene.control.Label percent = robot.lookup("#zoom-percent").queryAs(javafx.scene.control.Label.class);
        int fitted = Integer.parseInt(percent.getText().replace(" %", ""));
        assertTrue(fitted > 0 && fitted < 100, "a large photo is fitted below 100 %: " + percent.getText());

        robot.doubleClickOn(original);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("100 %", percent.getText(), "a double-click on a fitted photo shows it at 100 %");
        robot.doubleClickOn(original);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitted + " %", percent.getText(), "and again fits it");
        robot.clickOn("+");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitted * 1.25, Integer.parseInt(percent.getText().replace(" %", "")), 1.0,
                "+ zooms by a quarter, and the figure follows");
    }

    @Test
    void aPreviewAtTheCurrentSettingsShowsAsSoonAsTheFacesAreFound(FxRobot robot) throws Exception {
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.CLOUD));
        openAndAnalyse(robot, photo());
        waitUntil("the preview, with no slider moved", () -> vm.previewShownProperty().get() && vm.shownResult().get() != null);
        assertTrue(vm.shownResultInfo().get().startsWith("Preview by the built-in engine — the service's result may differ"),
                vm.shownResultInfo().get());
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        assertTrue(vm.shownResultInfo().get().startsWith("Preview · Built-in engine"), vm.shownResultInfo().get());
    }

    @Test
    void anUploadNoteAndAStaleErrorLeaveOnceTheyNoLongerApply(FxRobot robot) throws Exception {
        Path large = dir.resolve("large.jpg");
        Files.write(large, TestImages.jpeg(TestImages.portrait(4400, 3000)));
        openAndAnalyse(robot, large);
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.CLOUD));
        robot.interact(vm::beautify);
        waitUntil("the cloud result", () -> vm.result().imageProperty().get() != null && !vm.status().busyProperty().get());
        assertTrue(vm.preparationNotesProperty().get().contains("Resized from 4400 × 3000"), vm.preparationNotesProperty().get());
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        assertEquals("", vm.preparationNotesProperty().get(), "what was changed for the cloud says nothing about the built-in engine");

        robot.interact(() -> vm.open(dir.resolve("no-such-photo.jpg")));
        waitUntil("the error", () -> vm.status().kindProperty().get() == StatusKind.ERROR);
        robot.interact(() -> vm.settingsChanged(vm.settingsProperty().get()));
        assertEquals("Settings saved.", vm.status().textProperty().get(), "an error does not outlive the settings that may have caused it");
    }

    @Test
    void aRealPortraitFromTheFixtures(FxRobot robot) throws Exception {
        Path astronaut = Fixtures.photo("astronaut.png");
        openAndAnalyse(robot, astronaut);
        assertEquals(512, vm.photo().imageProperty().get().getWidth());
        assertEquals(1, vm.photo().facesProperty().get().size(), "the astronaut's face is found");
        assertTrue(robot.lookup("#original-pane").queryAs(javafx.scene.Parent.class).lookupAll(".pane-info").stream()
                .anyMatch(n -> ((Label) n).getText().endsWith("1 face")));
        robot.clickOn("#beautify-button"); // a face was found, so the cloud job starts without a question
        waitUntil("the result to show", () -> vm.result().imageProperty().get() != null);
        assertEquals(512, vm.result().imageProperty().get().getWidth());
    }

    @Test
    void theBuiltInEngineRetouchesOfflineAndPreviewsWhileSlidersMove(FxRobot robot) throws Exception {
        Path astronaut = Fixtures.photo("astronaut.png");
        openAndAnalyse(robot, astronaut);
        @SuppressWarnings("unchecked")
        ComboBox<EngineKind> engine = robot.lookup("#engine-choice").queryAs(ComboBox.class);
        robot.interact(() -> engine.getSelectionModel().select(EngineKind.LOCAL));
        assertEquals("free · offline", robot.lookup(".price").queryAs(Label.class).getText());

        robot.interact(() -> vm.adjustments().sliders().get(4).valueProperty().set(100)); // enlarge eyes
        waitUntil("the preview", () -> vm.previewShownProperty().get() && !vm.previewWorking());
        ImageView shown = robot.lookup("#result-image").queryAs(ImageView.class);
        assertNotNull(shown.getImage());
        assertTrue(vm.shownResultInfo().get().startsWith("Preview"), vm.shownResultInfo().get());
        assertTrue(robot.lookup("#save-button").queryAs(Button.class).isDisabled(), "a preview is not saved");
        assertTrue(differs(vm.photo().imageProperty().get(), shown.getImage()), "the preview shows the retouch");

        robot.clickOn("#beautify-button");
        waitUntil("the full result", () -> vm.result().imageProperty().get() != null);
        assertEquals(0, server.submits().size(), "the built-in engine sends nothing");
        assertFalse(vm.previewShownProperty().get());
        assertTrue(vm.shownResultInfo().get().startsWith("Built-in engine"), vm.shownResultInfo().get());
        assertTrue(differs(vm.photo().imageProperty().get(), vm.result().imageProperty().get()));

        Path saved = dir.resolve("astronaut_beauty.png");
        robot.interact(() -> vm.result().save(saved));
        waitUntil("saved", () -> Files.exists(saved) && vm.result().savedProperty().get());
        assertEquals(512, javax.imageio.ImageIO.read(saved.toFile()).getWidth());
    }

    @Test
    void splitViewAndHoldingSpaceShowTheOriginalOverTheResult(FxRobot robot) throws Exception {
        openAndAnalyse(robot, photo());
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        robot.clickOn("#beautify-button");
        waitUntil("the result", () -> vm.result().imageProperty().get() != null);
        ImageView original = robot.lookup("#original-image").queryAs(ImageView.class);
        ImageView result = robot.lookup("#result-image").queryAs(ImageView.class);
        ImageView overlay = robot.lookup("#original-overlay").queryAs(ImageView.class);
        assertFalse(overlay.isVisible(), "side by side: no overlay");

        robot.clickOn("#mode-split");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#original-pane").query().isVisible(), "split: one picture");
        assertTrue(overlay.isVisible());
        assertTrue(robot.lookup("#split-divider").query().isVisible());
        assertEquals(result.getFitWidth(), overlay.getFitWidth(), 0.01, "the original lies exactly over the result");
        javafx.scene.shape.Rectangle clip = (javafx.scene.shape.Rectangle) overlay.getClip();
        assertEquals(overlay.getFitWidth() / 2, clip.getWidth(), 1, "the divider starts in the middle");

        javafx.geometry.Bounds picture = result.localToScreen(result.getBoundsInLocal());
        robot.drag(picture.getMinX() + picture.getWidth() / 2, picture.getCenterY(), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(picture.getMinX() + picture.getWidth() / 4, picture.getCenterY())).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(overlay.getFitWidth() / 4, clip.getWidth(), overlay.getFitWidth() * 0.03, "the divider follows the drag");

        robot.press(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(overlay.getFitWidth(), clip.getWidth(), 0.01, "Space shows the whole original");
        robot.release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(overlay.getFitWidth() / 4, clip.getWidth(), overlay.getFitWidth() * 0.03, "and lets go again");

        robot.clickOn("#mode-side-by-side");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#original-pane").query().isVisible());
        assertEquals(original.getFitWidth(), result.getFitWidth(), 0.01);
    }

    @Test
    void aSmallerResultIsDrawnAtTheOriginalsSize(FxRobot robot) throws Exception {
        Path big = dir.resolve("big.jpg");
        Files.write(big, TestImages.jpeg(TestImages.portrait(1800, 2000)));
        openAndAnalyse(robot, big);
        robot.interact(() -> vm.adjustments().sliders().getFirst().valueProperty().set(90));
        waitUntil("the preview", () -> vm.previewShownProperty().get() && !vm.previewWorking());
        ImageView original = robot.lookup("#original-image").queryAs(ImageView.class);
        ImageView result = robot.lookup("#result-image").queryAs(ImageView.class);
        assertTrue(result.getImage().getWidth() < original.getImage().getWidth(), "the preview has fewer pixels");
        assertEquals(original.getFitWidth(), result.getFitWidth(), 0.01, "yet it is drawn at the same size");
        robot.clickOn("#zoom-100");
        assertEquals(1800, original.getFitWidth() * robot.window(0).getRenderScaleX(), 0.5,
                "100 %: one photo pixel per device pixel");
        assertEquals(original.getFitWidth(), result.getFitWidth(), 0.01);
    }

    @Test
    void savingKeepsTheOriginalsDateAndCameraAndTurnsItUpright(FxRobot robot) throws Exception {
        Path photo = dir.resolve("camera.jpg");
        Files.write(photo, dev.facebeauty.imaging.ExifTestFiles.withExif(TestImages.jpeg(TestImages.portrait(300, 360)), "Canon", 1));
        openAndAnalyse(robot, photo);
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        robot.clickOn("#beautify-button");
        waitUntil("the result", () -> vm.result().imageProperty().get() != null);
        Path saved = dir.resolve("camera_beauty.jpg");
        robot.interact(() -> vm.result().save(saved));
        waitUntil("saved", () -> Files.exists(saved) && vm.result().savedProperty().get());
        var exif = com.drew.imaging.ImageMetadataReader.readMetadata(saved.toFile())
                .getFirstDirectoryOfType(com.drew.metadata.exif.ExifIFD0Directory.class);
        assertNotNull(exif, "EXIF carried over");
        assertEquals("Canon", exif.getString(com.drew.metadata.exif.ExifIFD0Directory.TAG_MAKE));
        assertEquals(1, exif.getInt(com.drew.metadata.exif.ExifIFD0Directory.TAG_ORIENTATION));
    }

    @Test
    void theAmountBlendsTheRetouchBackTowardTheOriginalOnScreenAndInTheSavedFile(FxRobot robot) throws Exception {
        Path photo = photo();
        openAndAnalyse(robot, photo);
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        robot.interact(() -> vm.adjustments().filterProperty().set(new FilterOption(Optional.of(FilterType.CHAPLIN))));
        robot.clickOn("#beautify-button");
        waitUntil("the result", () -> vm.result().imageProperty().get() != null);
        Path full = dir.resolve("full.png");
        robot.interact(() -> vm.result().save(full));
        waitUntil("saved in full", () -> Files.exists(full) && vm.result().savedProperty().get());

        Slider amount = robot.lookup("#amount-slider").queryAs(Slider.class);
        robot.interact(() -> amount.setValue(50));
        ImageView overlay = robot.lookup("#amount-overlay").queryAs(ImageView.class);
        assertTrue(overlay.isVisible());
        assertEquals(0.5, overlay.getOpacity(), 1e-9, "half of the original over the result");
        Path half = dir.resolve("half.png");
        robot.interact(() -> vm.result().save(half));
        waitUntil("saved at half", () -> Files.exists(half) && vm.result().savedProperty().get());

        java.awt.image.BufferedImage before = javax.imageio.ImageIO.read(photo.toFile());
        double all = meanDifference(before, javax.imageio.ImageIO.read(full.toFile()));
        double blended = meanDifference(before, javax.imageio.ImageIO.read(half.toFile()));
        assertTrue(all > 10, "the sepia look changed the photo");
        assertEquals(all / 2, blended, all * 0.1, "at 50 % the saved file is halfway between");
    }

    @Test
    void theBatchWindowRetouchesAFolderWithTheCurrentSettings(FxRobot robot) throws Exception {
        Path shoot = dir.resolve("shoot");
        Files.createDirectories(shoot);
        for (int i = 0; i < 3; i++) {
            Files.write(shoot.resolve("p" + i + ".jpg"), TestImages.jpeg(TestImages.portrait(200, 240)));
        }
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        robot.interact(() -> vm.adjustments().filterProperty().set(new FilterOption(Optional.of(FilterType.WARM))));
        robot.clickOn("#batch-button");
        WaitForAsyncUtils.waitForFxEvents();
        Stage batchStage = (Stage) robot.lookup("#batch-table").query().getScene().getWindow();
        BatchViewModel batch = (BatchViewModel) batchStage.getUserData();
        robot.interact(() -> batch.add(List.of(shoot))); // as Add folder… does
        waitUntil("the folder listed in the background", () -> batch.rows().size() == 3);
        assertEquals(3, robot.lookup("#batch-table").queryAs(javafx.scene.control.TableView.class).getItems().size());
        assertEquals(dir.resolve("shoot retouched"), batch.outputDirProperty().get(), "results go beside the folder, not into it");
        assertTrue(batch.costText().get().startsWith("3 photos · built-in engine"), batch.costText().get());

        robot.clickOn("#batch-start");
        waitUntil("the batch", () -> batch.progress().get() == 1.0 && !batch.runningProperty().get());
        for (int i = 0; i < 3; i++) {
            java.awt.image.BufferedImage result = javax.imageio.ImageIO.read(dir.resolve("shoot retouched/p" + i + "_beauty.jpg").toFile());
            java.awt.image.BufferedImage original = javax.imageio.ImageIO.read(shoot.resolve("p" + i + ".jpg").toFile());
            assertTrue(meanDifference(original, result) > 3, "the Warm look was applied");
        }
        assertTrue(batch.messageProperty().get().startsWith("3 done"), batch.messageProperty().get());
        batch.rows().forEach(row -> assertEquals(1.0, row.progressProperty().get(), 1e-9, "each photo's bar is full"));
        waitUntil("a picture per photo in the queue", () -> robot.lookup("#batch-table .table-cell .image-view")
                .queryAllAs(ImageView.class).stream().filter(v -> v.getImage() != null).count() == 3);
        robot.interact(batchStage::close);
    }
}
