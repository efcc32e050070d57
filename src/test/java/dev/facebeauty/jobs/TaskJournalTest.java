package dev.facebeauty.jobs;

import dev.facebeauty.model.BeautyParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskJournalTest {

    @TempDir
    Path dir;

    /** The window and a command-line batch each hold the journal open; neither may write away the other's jobs. */
    @Test
    void twoHoldersOfTheSameJournalNeverLoseEachOthersJobs() throws Exception {
        Path file = dir.resolve("journal.json");
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        TaskJournal window = TaskJournal.open(file, now);
        TaskJournal commandLine = TaskJournal.open(file, now);
        window.add(JournalEntry.submitted("w1", "/p/a.jpg", now, BeautyParameters.defaults()));
        commandLine.add(JournalEntry.submitted("c1", "/p/b.jpg", now, BeautyParameters.defaults()));
        window.update("w1", e -> e.withState(JournalEntry.State.DOWNLOADED, "/r/w1.jpg", null));

        assertEquals(2, window.all().size(), "the window sees the command line's job");
        assertEquals(JournalEntry.State.DOWNLOADED, commandLine.get("w1").orElseThrow().state(),
                "and the command line the window's change");
        assertEquals(2, TaskJournal.open(file, now).all().size(), "both are on disk");

        // Many changes from both at once still all land.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            TaskJournal holder = i % 2 == 0 ? window : commandLine;
            String id = "t" + i;
            done.add(pool.submit(() -> holder.add(JournalEntry.submitted(id, "/p/" + id + ".jpg", now, BeautyParameters.defaults()))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertEquals(42, TaskJournal.open(file, now).all().size());
        assertTrue(window.all().stream().anyMatch(e -> e.taskId().equals("t39")));
    }

    @Test
    void finishedJobsOlderThanThirtyDaysLeaveTheFileAtTheNextChangeButWaitingOnesStay() {
        Path file = dir.resolve("journal.json");
        Instant then = Instant.parse("2026-09-01T10:00:00Z");
        TaskJournal old = TaskJournal.open(file, then);
        old.add(JournalEntry.submitted("saved", "/p/a.jpg", then, BeautyParameters.defaults()));
        old.update("saved", e -> e.withState(JournalEntry.State.SAVED, null, null));
        old.add(JournalEntry.submitted("waiting", "/p/b.jpg", then, BeautyParameters.defaults()));

        Instant now = then.plus(TaskJournal.RETENTION).plusSeconds(60);
        TaskJournal later = TaskJournal.open(file, now);
        assertEquals(List.of("waiting"), later.all().stream().map(JournalEntry::taskId).toList());
        later.add(JournalEntry.submitted("new", "/p/c.jpg", now, BeautyParameters.defaults()));
        assertEquals(2, TaskJournal.open(file, then).all().size(), "the old finished job is gone from the file too");
    }

    /** A journal as the app wrote it before this version: a bare list, the six settings as fields of each job. */
    @Test
    void aJournalFromTheEarlierVersionIsReadAndWrittenBackInTheNewLayout() throws Exception {
        Path file = dir.resolve("journal.json");
        java.nio.file.Files.writeString(file, """
                [ {
                  "taskId" : "t-old", "source" : "/p/bride.jpg", "submittedAt" : "2026-11-30T09:00:00Z",
                  "whitening" : 20, "smoothing" : 30, "thinface" : 10, "shrinkFace" : 40, "enlargeEye" : 5,
                  "removeEyebrow" : 0, "filterId" : 7, "state" : "DOWNLOADED", "resultFile" : "/r/t-old.jpg",
                  "message" : null, "savedTo" : null, "jobKey" : "k1"
                } ]""");
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        JournalEntry old = TaskJournal.open(file, now).get("t-old").orElseThrow();

        assertEquals(new dev.facebeauty.model.BeautyParameters(20, 30, 10, 40, 5, 0,
                dev.facebeauty.model.FilterType.byId(7)), old.parameters());
        assertEquals(JournalEntry.State.DOWNLOADED, old.state());
        assertEquals("k1", old.jobKey());
        TaskJournal journal = TaskJournal.open(file, now);
        journal.add(JournalEntry.submitted("t-new", "/p/groom.jpg", now, BeautyParameters.firstStart()));
        String written = java.nio.file.Files.readString(file);
        assertTrue(written.contains("\"version\" : 2") && written.contains("\"shrink_face\" : 40"), written);
        assertEquals(old.parameters(), TaskJournal.open(file, now).get("t-old").orElseThrow().parameters());
    }
}
