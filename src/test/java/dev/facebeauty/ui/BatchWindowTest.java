package dev.facebeauty.ui;

import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.jobs.BatchRunner;
import dev.facebeauty.jobs.ExistingResults;
import dev.facebeauty.testing.TestImages;
import dev.facebeauty.ui.batch.BatchViewModel;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch window: what it says it will use, what it does with results already there, and what it remembers. */
class BatchWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        showWindow(stage);
    }

    private BatchViewModel openBatch(FxRobot robot) {
        robot.clickOn("#batch-button");
        WaitForAsyncUtils.waitForFxEvents();
        return (BatchViewModel) batchStage(robot).getUserData();
    }

    private static Stage batchStage(FxRobot robot) {
        return (Stage) robot.lookup("#batch-table").query().getScene().getWindow();
    }

    private List<Path> shoot(int n) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shoot"));
        List<Path> photos = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = folder.resolve("p" + i + ".jpg");
            // Each its own picture: the same bytes and settings are one paid job, which the batch sends once.
            Files.write(p, TestImages.jpeg(TestImages.portrait(200 + 10 * i, 240)));
            photos.add(p);
        }
        return photos;
    }

    private static void runAndWait(FxRobot robot, BatchViewModel batch) throws Exception {
        robot.clickOn("#batch-start");
        waitUntil("the batch", () -> !batch.runningProperty().get());
    }

    @Test
    void aRunAgainAfterNewSettingsCanSkipReplaceOrKeepBoth(FxRobot robot) throws Exception {
        List<Path> photos = shoot(2);
        robot.interact(() -> vm.engineKindProperty().set(EngineKind.LOCAL));
        BatchViewModel batch = openBatch(robot);
        assertTrue(robot.lookup("#batch-plan").queryAs(Label.class).getText().contains("Built-in engine"),
                "the window says which engine and settings Start uses");
        robot.interact(() -> batch.add(photos));
        waitUntil("the photos listed", () -> batch.rows().size() == 2);
        runAndWait(robot, batch);
        Path out = dir.resolve("shoot retouched");
        assertTrue(Files.isRegularFile(out.resolve("p0_beauty.jpg")));

        runAndWait(robot, batch); // Skip, the default: nothing is done twice
        assertTrue(batch.rows().stream().allMatch(r -> r.stateProperty().get() == BatchRunner.State.SKIPPED));
        assertEquals(1.0, batch.progress().get(), 1e-9);

        @SuppressWarnings("unchecked")
        ChoiceBox<ExistingResults> existing = robot.lookup("#batch-existing").queryAs(ChoiceBox.class);
        robot.interact(() -> existing.setValue(ExistingResults.KEEP_BOTH));
        runAndWait(robot, batch);
        assertTrue(Files.isRegularFile(out.resolve("p0_beauty (2).jpg")), "kept both: the new one beside the old");
        assertTrue(Files.isRegularFile(out.resolve("p1_beauty (2).jpg")));

        long before = Files.getLastModifiedTime(out.resolve("p0_beauty.jpg")).toMillis();
        Files.setLastModifiedTime(out.resolve("p0_beauty.jpg"), java.nio.file.attribute.FileTime.fromMillis(before - 60_000));
        robot.interact(() -> existing.setValue(ExistingResults.REPLACE));
        runAndWait(robot, batch);
        assertTrue(Files.getLastModifiedTime(out.resolve("p0_beauty.jpg")).toMillis() > before - 60_000, "replaced");
        assertTrue(!Files.exists(out.resolve("p0_beauty (3).jpg")));

        @SuppressWarnings("unchecked")
        TableView<dev.facebeauty.ui.batch.BatchRow> table = robot.lookup("#batch-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        assertTrue(robot.lookup("#batch-details").queryAs(Label.class).getText().startsWith("p0.jpg: Saved "),
                "the selected row's whole detail is readable below the table");
        robot.interact(batchStage(robot)::close);
    }

    @Test
    void aCancelWithNothingDoneLeavesTheBarEmptyAndTheQueueIsRememberedOnClose(FxRobot robot) throws Exception {
        List<Path> photos = shoot(2);
        server.taskStatusAlways(1); // the service never finishes: nothing gets done before the cancel
        BatchViewModel batch = openBatch(robot);
        robot.interact(() -> batch.add(photos));
        waitUntil("the photos listed", () -> batch.rows().size() == 2);
        robot.interact(() -> batch.namePatternProperty().set("{name}-retouched.{ext}"));
        robot.clickOn("#batch-start");
        waitUntil("the jobs accepted", () -> server.tasksCreated() == 2);
        robot.clickOn("#batch-cancel");
        waitUntil("cancelled", () -> !batch.runningProperty().get());
        assertEquals(0.0, batch.progress().get(), 1e-9, "nothing was done, so the bar is empty");

        Path output = batch.outputDirProperty().get();
        robot.interact(batchStage(robot)::close);
        BatchViewModel again = openBatch(robot);
        assertEquals(photos, again.rows().stream().map(dev.facebeauty.ui.batch.BatchRow::input).toList());
        assertEquals(output, again.outputDirProperty().get());
        assertEquals("{name}-retouched.{ext}", again.namePatternProperty().get());
        robot.interact(batchStage(robot)::close);
    }
}
