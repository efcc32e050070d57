package dev.facebeauty.ui.batch;

import dev.facebeauty.jobs.BatchRunner;
import dev.facebeauty.text.Text;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;

/** One photo in the queue, as the table shows it. */
public final class BatchRow {
    private final Path input;
    /** Where under the output folder its result goes (subfolders of an added folder are mirrored). */
    final Path relativeDir;
    final ReadOnlyObjectWrapper<BatchRunner.State> state = new ReadOnlyObjectWrapper<>(BatchRunner.State.WAITING);
    final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(Text.get("batch.notStarted"));
    final ReadOnlyStringWrapper taskId = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper requestId = new ReadOnlyStringWrapper("");
    final javafx.beans.property.ReadOnlyDoubleWrapper progress = new javafx.beans.property.ReadOnlyDoubleWrapper(0);

    /** The result written for it, once there is one. */
    final ReadOnlyObjectWrapper<Path> result = new ReadOnlyObjectWrapper<>();

    public BatchRow(Path input, Path relativeDir) {
        this.input = input;
        this.relativeDir = relativeDir;
    }

    public Path input() {
        return input;
    }

    public ReadOnlyObjectWrapper<BatchRunner.State> stateProperty() {
        return state;
    }

    /** 0–1 through the job's steps; 1 once done or already there. */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringWrapper detailProperty() {
        return detail;
    }

    ReadOnlyStringWrapper taskIdProperty() {
        return taskId;
    }

    ReadOnlyStringWrapper requestIdProperty() {
        return requestId;
    }

    /** Shows what the runner reports of this photo: its state, detail, progress through the steps, ids and result. */
    void show(BatchRunner.Report report) {
        state.set(report.state());
        detail.set(report.detail());
        progress.set(switch (report.state()) {
            case WAITING, FAILED, CANCELLED -> 0;
            case WORKING -> report.stage().map(dev.facebeauty.engine.JobStage::fraction).orElse(progress.get());
            case DONE, SKIPPED -> 1;
        });
        report.taskId().ifPresent(taskId::set);
        report.result().ifPresent(result::set);
        report.requestId().ifPresent(requestId::set);
    }
}
