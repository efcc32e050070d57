package dev.facebeauty.ui.batch;

import dev.facebeauty.engine.BeautyEngine;
import dev.facebeauty.jobs.BatchPlan;
import dev.facebeauty.jobs.BatchRunner;
import dev.facebeauty.jobs.BeautifyService;
import dev.facebeauty.jobs.ExistingResults;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.settings.WorkspaceState;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.DesktopFiles;
import dev.facebeauty.ui.common.UserMessages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The batch window: photos to do (added as files or folders), where results go and how they are named, how many at
 * once, and the queue with each photo's state, progress and ids while a {@link BatchRunner} works through it.
 */
public final class BatchViewModel {

    private final BeautifyService service;
    private final EngineSource engine;
    private final Supplier<BeautyParameters> parameters;
    private final Supplier<Settings> settings;
    private final Executor executor;

    private final ObservableList<BatchRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Path> outputDir = new SimpleObjectProperty<>();
    private final StringProperty namePattern = new SimpleStringProperty(BatchPlan.DEFAULT_PATTERN);
    private final IntegerProperty concurrency = new SimpleIntegerProperty(2);
    private final BooleanProperty includeSubfolders = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Photos actually dealt with (done, already there, failed): what the overall bar shows; a cancel adds nothing. */
    private final IntegerProperty processed = new SimpleIntegerProperty(0);
    private final javafx.beans.property.ReadOnlyIntegerWrapper failedOrCancelled = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<ExistingResults> existing = new SimpleObjectProperty<>(ExistingResults.SKIP);
    private final java.util.function.Consumer<WorkspaceState.Batch> keep;
    private List<BatchPlan.Job> jobs = List.of();
    private BatchRunner runner;
    private final Path suggestedFolder;
    /** The preset the settings match, or null: the {@code {preset}} token. */
    private final Supplier<String> presetName;

    /** Whether the chosen engine is paid: known from the choice, without building an engine (keys, clients). */
    private final java.util.function.BooleanSupplier paid;

    /** The engine chosen in the main window; may refuse (no key) with a sentence. */
    @FunctionalInterface
    public interface EngineSource {
        BeautyEngine get() throws UserMessages.UserFacingException;
    }

    public BatchViewModel(BeautifyService service, EngineSource engine, java.util.function.BooleanSupplier paid,
                   Supplier<BeautyParameters> parameters, Supplier<Settings> settings, Executor executor,
                   Path suggestedFolder, Supplier<String> presetName, Optional<WorkspaceState.Batch> kept,
                   java.util.function.Consumer<WorkspaceState.Batch> keep) {
        this.keep = keep;
        this.paid = paid;
        this.suggestedFolder = suggestedFolder;
        this.presetName = presetName;
        this.service = service;
        this.engine = engine;
        this.parameters = parameters;
        this.settings = settings;
        this.executor = executor;
        kept.ifPresent(this::restore);
    }

    /** The queue and choices as the window was last closed: photos that still exist, the folder, the pattern. */
    private void restore(WorkspaceState.Batch kept) {
        rows.addAll(BatchMemory.rows(kept));
        Optional.ofNullable(kept.outputDir()).map(Path::of).ifPresent(outputDir::set);
        Optional.ofNullable(kept.namePattern()).filter(p -> !p.isBlank()).ifPresent(namePattern::set);
        BatchMemory.existing(kept).ifPresent(existing::set);
    }

    /** Keeps the queue and choices for the next time the window opens (the window is closing). */
    public void remember() {
        keep.accept(BatchMemory.of(rows, outputDir.get(), namePattern.get(), existing.get()));
    }

    /** What to do where a photo's result is already in the output folder. */
    ObjectProperty<ExistingResults> existingProperty() {
        return existing;
    }

    /** "Uses: W 20 · S 30 · … — Built-in engine": what Start will use, read from the main window now. */
    String plan() {
        return BatchMemory.plan(parameters.get(), paid.getAsBoolean());
    }

    public ObservableList<BatchRow> rows() {
        return rows;
    }

    public ObjectProperty<Path> outputDirProperty() {
        return outputDir;
    }

    public StringProperty namePatternProperty() {
        return namePattern;
    }

    IntegerProperty concurrencyProperty() {
        return concurrency;
    }

    BooleanProperty includeSubfoldersProperty() {
        return includeSubfolders;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyStringWrapper messageProperty() {
        return message;
    }

    /** Done, already there or failed, over all: for the overall progress bar (a cancel adds nothing). */
    public DoubleBinding progress() {
        return Bindings.createDoubleBinding(() -> rows.isEmpty() ? 0 : (double) processed.get() / rows.size(), processed, rows);
    }

    /** What starting will cost: "12 photos · up to 12 cloud jobs (180 credits); done ones are skipped". */
    public StringBinding costText() {
        return Bindings.createStringBinding(() -> BatchMemory.cost(rows.size(), paid.getAsBoolean()), rows);
    }

    /** The folder of the photo open in the main window, if any: offered as a one-click addition. */
    Optional<Path> suggestedFolder() {
        return Optional.ofNullable(suggestedFolder).filter(java.nio.file.Files::isDirectory);
    }

    /** Adds photos and folders (folders expanded now, subfolders if chosen); the same file is not added twice. */
    /** Adds photos and folders (their photos, subfolders as chosen); folders are listed in the background. */
    public void add(List<Path> paths) {
        boolean recursive = includeSubfolders.get();
        javafx.concurrent.Task<List<BatchPlan.Job>> listing = new javafx.concurrent.Task<>() {
            @Override
            protected List<BatchPlan.Job> call() throws IOException {
                return BatchPlan.expand(paths, Path.of(""), recursive).stream().filter(job -> BatchPlan.isPhoto(job.input())).toList();
            }
        };
        listing.setOnSucceeded(e -> {
            List<Path> known = rows.stream().map(BatchRow::input).toList();
            listing.getValue().stream().filter(job -> !known.contains(job.input()))
                    .forEach(job -> rows.add(new BatchRow(job.input(), job.outputDir() == null ? Path.of("") : job.outputDir())));
            if (outputDir.get() == null && !paths.isEmpty()) {
                // Beside the photos, never among them: "<folder> retouched".
                Path first = paths.getFirst().toAbsolutePath();
                Path base = Files.isDirectory(first) ? first : first.getParent();
                outputDir.set(base.resolveSibling(Text.get("batch.outputFolder", base.getFileName())));
            }
        });
        listing.setOnFailed(e -> message.set(Text.get("batch.couldNotList", paths, listing.getException().getMessage())));
        executor.execute(listing);
    }

    public void clear() {
        if (!running.get()) {
            rows.clear();
            countProcessed();
        }
    }

    /** Starts the queue with the main window's current settings and engine. */
    public void start() {
        if (running.get() || rows.isEmpty()) {
            return;
        }
        if (outputDir.get() == null) {
            message.set(Text.get("batch.chooseOutputFirst"));
            return;
        }
        BeautyEngine chosen;
        try {
            chosen = engine.get();
        } catch (UserMessages.UserFacingException e) {
            message.set(e.getMessage());
            return;
        }
        jobs = rows.stream().map(r -> new BatchPlan.Job(r.input(), outputDir.get().resolve(r.relativeDir.toString()))).toList();
        rows.forEach(r -> r.stateProperty().set(BatchRunner.State.WAITING));
        countProcessed();
        runner = new BatchRunner(service, chosen, parameters.get(), new BatchRunner.Options(
                Math.max(1, Math.min(8, concurrency.get())), namePattern.get(), presetName.get(), existing.get(), settings.get().metadata(),
                settings.get().jpegQualityFraction(), settings.get().outputSize(), Optional.empty()),
                report -> Platform.runLater(() -> show(report)));
        running.set(true);
        paused.set(false);
        message.set(Text.get("common.working"));
        runner.start(jobs);
        whenAllDone();
    }

    void pauseOrResume() {
        if (runner == null || !running.get()) {
            return;
        }
        if (paused.get()) {
            runner.resume();
            message.set(Text.get("common.working"));
        } else {
            runner.pause();
            message.set(Text.get("batch.paused"));
        }
        paused.set(!paused.get());
    }

    public void cancel() {
        if (runner != null && running.get()) {
            runner.resume();
            runner.cancel();
        }
    }

    /** Runs every failed or cancelled photo again. */
    void retryFailed() {
        if (runner == null || running.get()) {
            return;
        }
        List<Integer> again = runner.reports().stream()
                .filter(r -> r.state() == BatchRunner.State.FAILED || r.state() == BatchRunner.State.CANCELLED)
                .map(BatchRunner.Report::index).toList();
        if (again.isEmpty()) {
            return;
        }
        again.forEach(i -> rows.get(i).stateProperty().set(BatchRunner.State.WAITING));
        countProcessed();
        running.set(true);
        message.set(Text.get("batch.tryingAgain", again.size()));
        again.forEach(runner::retry);
        whenAllDone();
    }

    /** Waits for the runner off the FX thread, then sums up on it. */
    private void whenAllDone() {
        BatchRunner current = runner;
        executor.execute(() -> {
            try {
                current.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(this::finishedAll);
        });
    }

    private void show(BatchRunner.Report report) {
        rows.get(report.index()).show(report);
        countProcessed();
    }

    /** How many photos failed or were cancelled: what Retry failed would run again. */
    ReadOnlyIntegerProperty failedOrCancelledProperty() {
        return failedOrCancelled.getReadOnlyProperty();
    }

    private void countProcessed() {
        QueueCounts counts = QueueCounts.of(rows);
        failedOrCancelled.set(counts.failed() + counts.cancelled());
        processed.set(counts.processed());
    }

    private void finishedAll() {
        running.set(false);
        paused.set(false);
        message.set(QueueCounts.of(rows).summary());
    }

    /** Opens a photo's result in the system's viewer (a double-click on its row); says so when there is none yet. */
    void openResult(BatchRow row) {
        if (row.result.get() == null) {
            message.set(Text.get("batch.noResultYet", row.input().getFileName()));
            return;
        }
        DesktopFiles.open(row.result.get(), executor, () -> message.set(Text.get("batch.cannotOpen", row.result.get())));
    }

    /** Opens the output folder in the system's file manager. */
    void openOutputFolder() {
        if (outputDir.get() != null) {
            Path folder = outputDir.get();
            DesktopFiles.open(folder, executor, () -> message.set(Text.get("batch.cannotOpenFolder", folder)));
        }
    }

    /** Stops the workers for good (the window closed). */
    public void close() {
        if (runner != null) {
            runner.cancel();
            runner.shutdown();
        }
    }
}
