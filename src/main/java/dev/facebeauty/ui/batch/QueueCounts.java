package dev.facebeauty.ui.batch;

import dev.facebeauty.jobs.BatchRunner;
import dev.facebeauty.text.Text;

import java.util.List;

/** Where the queue stands: how many photos are done, already there, failed and cancelled. */
record QueueCounts(int done, int skipped, int failed, int cancelled) {

    static QueueCounts of(List<BatchRow> rows) {
        int[] n = new int[BatchRunner.State.values().length];
        rows.forEach(r -> n[r.stateProperty().get().ordinal()]++);
        return new QueueCounts(n[BatchRunner.State.DONE.ordinal()], n[BatchRunner.State.SKIPPED.ordinal()],
                n[BatchRunner.State.FAILED.ordinal()], n[BatchRunner.State.CANCELLED.ordinal()]);
    }

    /** The photos dealt with: done, already there or failed (a cancelled one was not). */
    int processed() {
        return done + skipped + failed;
    }

    /** The line the window ends a run with. */
    String summary() {
        return Text.get(failed + cancelled > 0 ? "batch.summaryRetry" : "batch.summary", done, skipped, failed, cancelled);
    }
}
