package dev.facebeauty.ui;

import dev.facebeauty.jobs.JournalEntry;
import dev.facebeauty.jobs.TaskJournal;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.settings.AppPaths;
import dev.facebeauty.testing.TestImages;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Results left from earlier sessions: one bar however many, duplicates folded, Review, and Discard undoable. */
class RecoveryBarWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        showWindow(stage);
    }

    private TaskJournal journal() {
        return TaskJournal.open(AppPaths.under(dir.resolve("home")).journalFile(), Instant.now());
    }

    /** A result downloaded in an earlier session and never saved, its kept copy on disk. */
    private void waiting(TaskJournal journal, String task, Path photo, BeautyParameters p, Instant at) throws Exception {
        Path kept = AppPaths.under(dir.resolve("home")).resultsDir().resolve(task + ".jpg");
        Files.createDirectories(kept.getParent());
        Files.write(kept, TestImages.jpeg(TestImages.portrait(300, 360)));
        journal.add(JournalEntry.submitted(task, photo.toString(), at, p));
        journal.update(task, e -> e.withState(JournalEntry.State.DOWNLOADED, kept.toString(), null));
    }

    @Test
    void severalWaitingResultsMakeOneBarThatOpensThemInTheHistory(FxRobot robot) throws Exception {
        TaskJournal journal = journal();
        Path a = photo();
        Path b = dir.resolve("second.jpg");
        Files.copy(a, b);
        Instant now = Instant.now();
        waiting(journal, "t1", a, BeautyParameters.firstStart(), now.minusSeconds(300));
        waiting(journal, "t2", a, BeautyParameters.firstStart(), now.minusSeconds(200)); // the same job again: folded
        waiting(journal, "t3", b, BeautyParameters.firstStart(), now.minusSeconds(100));
        waiting(journal, "t4", b, BeautyParameters.defaults(), now.minusSeconds(50));

        robot.interact(() -> vm.recovery().recoverEarlierResults());
        waitUntil("the bar", () -> robot.lookup("#recovery-text").tryQuery().isPresent());
        assertEquals(1, robot.lookup(".banner").queryAll().size(), "one bar, not one per result");
        assertEquals("3 results from earlier sessions are waiting to be saved.",
                robot.lookup("#recovery-text").queryAs(Label.class).getText());

        robot.clickOn("#recovery-review");
        waitUntil("the history", () -> Window.getWindows().size() > 1);
        @SuppressWarnings("unchecked")
        ListView<JournalEntry> list = robot.lookup("#history-list").queryAs(ListView.class);
        assertEquals(4, list.getItems().size(), "the history shows every result not saved yet, the folded one too");
        assertTrue(list.getItems().stream().allMatch(e -> e.state() == JournalEntry.State.DOWNLOADED));
        robot.clickOn("#history-waiting-only");
        assertEquals(4, journal.all().size());
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != robot.window(0))
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void aDiscardCanBeTakenBackUntilTheNextStart(FxRobot robot) throws Exception {
        TaskJournal journal = journal();
        Path a = photo();
        waiting(journal, "only", a, BeautyParameters.firstStart(), Instant.now().minusSeconds(60));
        robot.interact(() -> vm.recovery().recoverEarlierResults());
        waitUntil("the bar", () -> robot.lookup("#recovery-discard").tryQuery().isPresent());
        assertTrue(robot.lookup("#recovery-text").queryAs(Label.class).getText()
                .startsWith("A result from an earlier session is waiting: portrait.jpg"));

        robot.clickOn("#recovery-discard");
        waitUntil("the undo", () -> robot.lookup("#recovery-undo").tryQuery().isPresent());
        waitUntil("the discard written", () -> journal.get("only").orElseThrow().state() == JournalEntry.State.DISCARDED);
        Path kept = Path.of(journal.get("only").orElseThrow().resultFile());
        assertTrue(Files.isRegularFile(kept), "the kept copy stays while the discard can be undone");

        robot.clickOn("#recovery-undo");
        waitUntil("the result offered again", () -> robot.lookup("#recovery-show").tryQuery().isPresent());
        assertEquals(JournalEntry.State.DOWNLOADED, journal.get("only").orElseThrow().state());

        robot.clickOn("#recovery-discard");
        waitUntil("the discard written", () -> journal.get("only").orElseThrow().state() == JournalEntry.State.DISCARDED);
        robot.interact(() -> vm.recovery().recoverEarlierResults()); // the next start
        waitUntil("the kept copy deleted", () -> !Files.exists(kept));
    }
}
