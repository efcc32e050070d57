package dev.facebeauty.ui;

import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.jobs.JournalEntry;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.ui.batch.BatchViewModel;
import dev.facebeauty.ui.history.HistoryViewModel;
import dev.facebeauty.ui.variants.VariantsViewModel;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 5's workflow in the real window: recent photos, the restore brush, history and variants. */
class WorkflowWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        showWindow(stage);
    }

    @Test
    void anOpenedPhotoIsOfferedUnderOpenAndReopensFromThere(FxRobot robot) throws Exception {
        Path photo = photo();
        SplitMenuButton open = robot.lookup("#open-button").queryAs(SplitMenuButton.class);
        assertEquals("No recent photos", open.getItems().getFirst().getText());
        openAndAnalyse(robot, photo);
        assertEquals(1, open.getItems().size());
        assertTrue(open.getItems().getFirst().getText().startsWith("portrait.jpg"), open.getItems().getFirst().getText());

        Path other = dir.resolve("other.jpg");
        Files.copy(photo, other);
        openAndAnalyse(robot, other);
        assertTrue(open.getItems().getFirst().getText().startsWith("other.jpg"), "newest first");
        robot.interact(() -> open.getItems().get(1).fire());
        waitUntil("the recent photo", () -> photo.equals(vm.photo().sourceProperty().get()));
        assertTrue(Files.isRegularFile(dir.resolve("home/config/workspace.json")), "remembered on disk");
    }

    @Test
    void theRestoreBrushPaintsTheOriginalBackOnScreenAndInTheSavedFileOnly(FxRobot robot) throws Exception {
        Path photo = photo();
        openAndAnalyse(robot, photo);
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        robot.interact(() -> vm.adjustments().filterProperty().set(new FilterOption(Optional.of(FilterType.CHAPLIN))));
        robot.clickOn("#beautify-button");
        waitUntil("the result", () -> vm.result().imageProperty().get() != null && !vm.status().busyProperty().get());

        ImageView restored = robot.lookup("#restore-overlay").queryAs(ImageView.class);
        assertFalse(restored.isVisible(), "nothing restored yet");
        robot.clickOn("#restore-brush");
        assertTrue(vm.restoreBrush().activeProperty().get());
        robot.interact(() -> vm.restoreBrush().sizeProperty().set(40));
        robot.interact(() -> vm.restoreBrush().softnessProperty().set(0));

        // Paint a horizontal band across the top quarter of the picture.
        ImageView result = robot.lookup("#result-image").queryAs(ImageView.class);
        Bounds picture = result.localToScreen(result.getBoundsInLocal());
        double y = picture.getMinY() + picture.getHeight() / 4;
        robot.drag(picture.getMinX() + 5, y, MouseButton.PRIMARY)
                .moveTo(new Point2D(picture.getMaxX() - 5, y)).release(MouseButton.PRIMARY);
        assertTrue(restored.isVisible(), "the original shows where painted");
        assertFalse(vm.result().savedProperty().get());

        Path saved = dir.resolve("brushed.png");
        robot.interact(() -> vm.result().save(saved));
        waitUntil("saved", () -> Files.exists(saved) && vm.result().savedProperty().get());
        BufferedImage before = ImageIO.read(photo.toFile());
        BufferedImage after = ImageIO.read(saved.toFile());
        int w = before.getWidth(), h = before.getHeight();
        double painted = meanDifference(band(before, h / 4, 3), band(after, h / 4, 3));
        assertTrue(painted < 3, "the painted band is the original again: " + painted);
        assertTrue(meanDifference(band(before, h * 3 / 4, 3), band(after, h * 3 / 4, 3)) > 10, "the rest keeps the sepia look");

        // Undo takes the stroke back: the next save is the full retouch.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertFalse(restored.isVisible());
        Path undone = dir.resolve("undone.png");
        robot.interact(() -> vm.result().save(undone));
        waitUntil("saved again", () -> Files.exists(undone) && vm.result().savedProperty().get());
        assertTrue(meanDifference(band(before, h / 4, 3), band(ImageIO.read(undone.toFile()), h / 4, 3)) > 10);
        assertEquals(w, after.getWidth());
    }

    @Test
    void theHistoryListsCloudJobsAndReopensRerunsAndDeletesThem(FxRobot robot) throws Exception {
        Path photo = photo();
        openAndAnalyse(robot, photo);
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.CLOUD));
        robot.clickOn("#beautify-button");
        confirmUploadWithoutFace(robot);
        waitUntil("the cloud result", () -> vm.result().imageProperty().get() != null && !vm.status().busyProperty().get());
        Path saved = dir.resolve("portrait_beauty.jpg");
        robot.interact(() -> vm.result().save(saved));
        waitUntil("saved", () -> Files.exists(saved) && vm.result().savedProperty().get());
        int jobsBefore = server.submits().size();

        robot.clickOn("#history-button");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<JournalEntry> list = robot.lookup("#history-list").queryAs(ListView.class);
        Stage historyStage = (Stage) list.getScene().getWindow();
        HistoryViewModel history = (HistoryViewModel) historyStage.getUserData();
        assertEquals(1, list.getItems().size());
        JournalEntry job = list.getItems().getFirst();
        assertEquals("Saved as portrait_beauty.jpg", HistoryViewModel.state(job));
        assertEquals(saved, history.pictureOf(job), "the row shows the saved result");
        assertTrue(history.title(job).startsWith("portrait.jpg · "));

        // Reopen: a fresh photo first, then the job brings back its photo, settings and saved result.
        robot.interact(() -> vm.adjustments().resetAll());
        robot.interact(() -> vm.adjustments().sliders().getFirst().valueProperty().set(3));
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#history-reopen");
        waitUntil("the reopened result", () -> vm.result().infoProperty().get().contains("saved as portrait_beauty.jpg"));
        assertEquals(BeautyParameters.firstStart().whitening(), vm.adjustments().sliders().getFirst().value(), "the job's settings are back");
        assertTrue(vm.result().savedProperty().get(), "nothing new to save");

        // Run again: the same photo and settings come from the cache, not from a new paid job.
        robot.clickOn("#history-rerun");
        waitUntil("the re-run", () -> vm.status().textProperty().get().startsWith("Done") && !vm.status().busyProperty().get());
        assertEquals(jobsBefore, server.submits().size(), "no second cloud job");

        robot.clickOn("#history-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(list.getItems().isEmpty());
        assertTrue(Files.isRegularFile(saved), "the user's file stays");
        robot.interact(historyStage::close);
    }

    @Test
    void variantsRunSeveralSettingsIntoASyncedGridAndThePickedOneComesBack(FxRobot robot) throws Exception {
        Path photo = photo();
        openAndAnalyse(robot, photo);
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        robot.clickOn("#variants-button");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.GridPane grid = robot.lookup("#variants-grid").queryAs(javafx.scene.layout.GridPane.class);
        Stage variantsStage = (Stage) grid.getScene().getWindow();
        VariantsViewModel variants = (VariantsViewModel) variantsStage.getUserData();
        robot.interact(() -> {
            variants.choose(FilterType.CHAPLIN);
            variants.choose(FilterType.WARM);
        });
        assertEquals("3 variants · built-in engine, free", variants.costText().get());
        robot.clickOn("#variants-run");
        waitUntil("three variants", () -> !variants.runningProperty().get()
                && variants.variants().stream().allMatch(v -> v.imageProperty().get() != null));
        assertEquals(4, grid.getChildren().size(), "the original and three variants");
        // Each tile's title shows whole (it was cut off beside the state), the state whole in its tooltip.
        robot.lookup("#variants-grid .pane-title").queryAllAs(javafx.scene.control.Label.class).forEach(title -> {
            String shown = title.getChildrenUnmodifiable().stream().filter(c -> c instanceof javafx.scene.text.Text)
                    .map(c -> ((javafx.scene.text.Text) c).getText()).findFirst().orElse(title.getText());
            assertEquals(title.getText(), shown, "a tile's title is not cut off");
        });
        robot.lookup("#variants-grid .pane-info").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(info -> !info.getText().isEmpty())
                .forEach(info -> assertEquals(info.getText(), info.getTooltip().getText()));
        var images = variants.variants().stream().map(v -> v.imageProperty().get()).toList();
        assertTrue(differs(images.get(0), images.get(1)) && differs(images.get(1), images.get(2))
                && differs(images.get(0), images.get(2)), "each variant looks different");

        // One zoom and one scroll position for every tile.
        var views = robot.lookup("#variants-grid .image-stage > .image-view").queryAllAs(ImageView.class);
        assertEquals(4, views.size());
        robot.clickOn("100 %");
        WaitForAsyncUtils.waitForFxEvents();
        views.forEach(v -> assertEquals(views.iterator().next().getFitWidth(), v.getFitWidth(), 0.01));
        var scrolls = robot.lookup("#variants-grid .image-scroll").queryAllAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scrolls.iterator().next().setVvalue(0.9));
        scrolls.forEach(sp -> assertEquals(0.9, sp.getVvalue(), 1e-9));

        // Pick the sepia one and take it to the main window.
        Node sepiaTile = grid.getChildren().get(2);
        robot.clickOn(sepiaTile);
        robot.clickOn("#variants-use");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(variantsStage.isShowing());
        assertEquals(Optional.of(FilterType.CHAPLIN), vm.adjustments().parameters().filter());
        assertTrue(vm.canSave().get());
        assertFalse(differs(images.get(1), vm.result().imageProperty().get()), "the main window shows the picked variant");
        Path saved = dir.resolve("variant.jpg");
        robot.interact(() -> vm.result().save(saved));
        waitUntil("saved", () -> Files.exists(saved) && vm.result().savedProperty().get());
        assertEquals(360, ImageIO.read(saved.toFile()).getHeight());
    }

    @Test
    void aJobNobodyWaitsForAnyMoreCanBeCheckedByHandFromTheHistory(FxRobot robot) throws Exception {
        server.taskStatusAlways(1); // the service keeps "processing"
        Path photo = photo();
        openAndAnalyse(robot, photo);
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.CLOUD));
        robot.clickOn("#beautify-button");
        confirmUploadWithoutFace(robot);
        waitUntil("processing", () -> vm.status().textProperty().get().startsWith("Processing"));
        robot.interact(vm::cancel);
        waitUntil("cancelled", () -> !vm.status().busyProperty().get());

        robot.clickOn("#history-button");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<JournalEntry> list = robot.lookup("#history-list").queryAs(ListView.class);
        Stage historyStage = (Stage) list.getScene().getWindow();
        assertEquals("Waiting for the service", HistoryViewModel.state(list.getItems().getFirst()));
        robot.interact(() -> list.getSelectionModel().select(0));
        javafx.scene.control.Label message = robot.lookup("#history-message").queryAs(javafx.scene.control.Label.class);
        robot.clickOn("#history-check");
        waitUntil("an answer", () -> message.getText().startsWith("Not finished yet"));
        assertTrue(message.getText().contains("processing"), message.getText());
        robot.clickOn("#history-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, list.getItems().size(), "a job still being worked on is not deleted");

        server.taskStatusAlways(null); // now it finishes
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#history-check");
        waitUntil("the result", () -> message.getText().startsWith("Finished") && vm.result().imageProperty().get() != null);
        assertEquals("Not saved yet", HistoryViewModel.state(list.getItems().getFirst()));
        assertTrue(vm.canSave().get());
        robot.interact(historyStage::close);
    }

    @Test
    void aBatchNamesResultsAfterThePresetTheSettingsMatch(FxRobot robot) throws Exception {
        Path shoot = Files.createDirectories(dir.resolve("shoot"));
        Files.write(shoot.resolve("p0.jpg"), dev.facebeauty.testing.TestImages.jpeg(dev.facebeauty.testing.TestImages.portrait(200, 240)));
        openAndAnalyse(robot, shoot.resolve("p0.jpg"));
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        robot.interact(() -> vm.presets().apply(vm.presets().presets().stream()
                .filter(p -> p.name().equals("Natural")).findFirst().orElseThrow()));
        robot.clickOn("#batch-button");
        WaitForAsyncUtils.waitForFxEvents();
        Stage batchStage = (Stage) robot.lookup("#batch-table").query().getScene().getWindow();
        BatchViewModel batch = (BatchViewModel) batchStage.getUserData();
        robot.clickOn("#batch-add-shoot"); // the open photo's folder, in one click
        assertEquals(1, batch.rows().size());
        robot.interact(() -> batch.namePatternProperty().set("{name}-{preset}-{filter}"));
        robot.clickOn("#batch-start");
        waitUntil("the batch", () -> !batch.runningProperty().get() && batch.progress().get() == 1.0);
        assertTrue(Files.isRegularFile(dir.resolve("shoot retouched/p0-Natural-none.jpg")),
                "named after the preset the sliders match");
        robot.interact(batchStage::close);
    }

    /** A few rows around {@code y}, away from the picture's left and right edges. */
    static BufferedImage band(BufferedImage image, int y, int rows) {
        int margin = image.getWidth() / 8;
        return image.getSubimage(margin, y - rows / 2, image.getWidth() - 2 * margin, rows);
    }
}
