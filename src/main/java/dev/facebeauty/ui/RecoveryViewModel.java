package dev.facebeauty.ui;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.app.EngineChoice;
import dev.facebeauty.engine.BeautyResult;
import dev.facebeauty.engine.CloudEngine;
import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.engine.JobStage;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.jobs.BeautifyService;
import dev.facebeauty.jobs.JournalEntry;
import dev.facebeauty.jobs.RecoveredResult;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.FxImages;
import dev.facebeauty.ui.common.UserMessages;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.scene.image.Image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Results from other sessions: fetched at start and listed until shown or discarded, and the history's Reopen, Run
 * again and Check now, which bring a journaled job back into the window.
 */
final class RecoveryViewModel {

    private static final System.Logger LOG = System.getLogger(RecoveryViewModel.class.getName());

    /** What the window does for a journaled job: show the photo and settings, open a photo, beautify. */
    interface Window {
        void showSettings(BeautyParameters parameters);

        void open(Path photo, Runnable then);

        void beautify();

        /** The preview must follow the photo now shown, and the settings a result was made with must not bring one over it. */
        void supersedePreview();
    }

    private final ObservableList<RecoveredResult> recovered = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyObjectWrapper<RecoveredResult> lastDiscarded =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final AppServices services;
    private final EngineChoice engines;
    private final Executor executor;
    private final StatusLine status;
    private final PhotoViewModel photo;
    private final ResultViewModel result;
    private final Supplier<Settings> settings;
    private final Window window;

    RecoveryViewModel(AppServices services, EngineChoice engines, Executor executor, StatusLine status,
                      PhotoViewModel photo, ResultViewModel result, Supplier<Settings> settings, Window window) {
        this.services = services;
        this.engines = engines;
        this.executor = executor;
        this.status = status;
        this.photo = photo;
        this.result = result;
        this.settings = settings;
        this.window = window;
    }

    ObservableList<RecoveredResult> recovered() {
        return recovered;
    }

    private Optional<CloudEngine> cloud() {
        try {
            return Optional.of(engines.cloud(Optional.empty(), settings.get()));
        } catch (EngineChoice.UnavailableException e) {
            return Optional.empty();
        }
    }

    /** Fetches results of jobs from earlier sessions in the background and lists those waiting to be saved. */
    void recoverEarlierResults() {
        Optional<CloudEngine> engine = cloud();
        Task<List<RecoveredResult>> task = new Task<>() {
            @Override
            protected List<RecoveredResult> call() throws InterruptedException {
                return services.beautify().recover(engine, ProgressListener.NONE);
            }
        };
        task.setOnSucceeded(e -> {
            recovered.setAll(folded(task.getValue(), services.beautify().journal().all()));
            if (engine.isEmpty()) {
                // Without a key the waiting jobs cannot be asked about: say so rather than park them silently.
                int waiting = services.beautify().journal().pending(java.time.Instant.now(), CloudEngine.TASK_LIFETIME).size();
                if (waiting > 0) {
                    status.show(waitingForKey(waiting), StatusKind.INFO);
                }
            }
        });
        task.setOnFailed(e -> LOG.log(System.Logger.Level.WARNING, "Recovery failed", task.getException()));
        executor.execute(task);
    }

    /** What to say at start when paid jobs wait at the service and there is no key to fetch them with. */
    static String waitingForKey(int waiting) {
        return Text.get("recovery.waitingForKey", waiting);
    }

    /** Shows a recovered result beside its original (when the original still exists). */
    void showRecovered(RecoveredResult item) {
        recovered.remove(item);
        showJournalResult(item.entry(), item.resultFile(), false);
    }

    void discardRecovered(RecoveredResult item) {
        recovered.remove(item);
        lastDiscarded.set(item);
        executor.execute(() -> services.beautify().discard(item.entry().taskId())); // files: off the FX thread
    }

    /** The result discarded last from the bar, while its discard can still be taken back; else null. */
    javafx.beans.property.ReadOnlyObjectProperty<RecoveredResult> lastDiscardedProperty() {
        return lastDiscarded.getReadOnlyProperty();
    }

    /** Takes the last discard back: the result waits again (its kept copy lives until the next start). */
    void undoDiscard() {
        RecoveredResult item = lastDiscarded.get();
        if (item == null) {
            return;
        }
        lastDiscarded.set(null);
        Task<Boolean> task = new Task<>() {
            @Override
            protected Boolean call() {
                return services.beautify().undiscard(item.entry().taskId());
            }
        };
        task.setOnSucceeded(e -> {
            if (task.getValue()) {
                recovered.add(item);
            }
        });
        executor.execute(task);
    }

    /** Forgets the last discard (the bar's close button): it stands. */
    void keepDiscard() {
        lastDiscarded.set(null);
    }

    /**
     * The results worth offering: the newest per photo and settings (a job repeated while results waited is offered
     * once), and none whose photo was saved with the same settings since. The others stay in the history.
     */
    static List<RecoveredResult> folded(List<RecoveredResult> waiting, List<JournalEntry> journal) {
        java.util.Set<String> saved = new java.util.HashSet<>();
        journal.stream().filter(j -> j.state() == JournalEntry.State.SAVED).forEach(j -> saved.add(sameJob(j)));
        java.util.Map<String, RecoveredResult> newest = new java.util.LinkedHashMap<>();
        waiting.stream().sorted(java.util.Comparator.comparing((RecoveredResult r) -> r.entry().submittedAt()).reversed())
                .filter(r -> !saved.contains(sameJob(r.entry())))
                .forEach(r -> newest.putIfAbsent(sameJob(r.entry()), r));
        return List.copyOf(newest.values());
    }

    private static String sameJob(JournalEntry entry) {
        return entry.source() + "\u0000" + entry.parameters();
    }

    /**
     * Shows a job from the history: its original with the settings it was sent with, and its result: the kept copy
     * when it was never saved, else the file it was saved to. When neither exists, only the photo and settings come
     * back (Beautify makes it again; the cache means a cloud job is not paid twice).
     */
    void reopen(JournalEntry entry) {
        Optional<Path> kept = entry.resultFileOptional().map(Path::of).filter(Files::isRegularFile);
        Optional<Path> saved = entry.savedToOptional().map(Path::of).filter(Files::isRegularFile);
        if (kept.isPresent()) {
            recovered.removeIf(r -> r.entry().taskId().equals(entry.taskId()));
            showJournalResult(entry, kept.get(), false);
        } else if (saved.isPresent()) {
            showJournalResult(entry, saved.get(), true);
        } else {
            window.showSettings(entry.parameters());
            window.open(Path.of(entry.source()), null);
        }
    }

    /**
     * Asks the service about a job nobody is waiting on any more (cancelled, the network died, the app was closed) and
     * shows its result when it is done. {@code report} hears the answer in a sentence.
     */
    void checkNow(JournalEntry entry, Consumer<String> report) {
        CloudEngine cloud;
        try {
            cloud = engines.cloud(Optional.empty(), settings.get());
        } catch (EngineChoice.UnavailableException e) {
            report.accept(e.getMessage());
            return;
        }
        BeautifyService service = services.beautify();
        JobStage[] stage = {JobStage.QUEUED};
        Task<Optional<RecoveredResult>> task = new Task<>() {
            @Override
            protected Optional<RecoveredResult> call() throws Exception {
                return service.checkNow(entry.taskId(), cloud, new ProgressListener() {
                    @Override
                    public void stage(JobStage s) {
                        stage[0] = s;
                    }
                });
            }
        };
        task.setOnSucceeded(e -> task.getValue().ifPresentOrElse(item -> {
            recovered.removeIf(r -> r.entry().taskId().equals(item.entry().taskId()));
            showJournalResult(item.entry(), item.resultFile(), false);
            report.accept(Text.get("recovery.checkFinished"));
        }, () -> report.accept(Text.get(stage[0] == JobStage.PROCESSING ? "recovery.notYetProcessing" : "recovery.notYetQueued",
                new java.util.Date()))));
        task.setOnFailed(e -> report.accept(UserMessages.describe(task.getException())));
        executor.execute(task);
    }

    /** Opens the job's photo with the settings it was sent with and runs Beautify again. */
    void rerun(JournalEntry entry) {
        window.showSettings(entry.parameters());
        window.open(Path.of(entry.source()), window::beautify);
    }

    private void showJournalResult(JournalEntry entry, Path resultFile, boolean alreadySaved) {
        long ticket = photo.nextTicket();
        Path src = Path.of(entry.source());
        BeautifyService service = services.beautify();
        OutputSize outputSize = settings.get().outputSize();
        float quality = settings.get().jpegQualityFraction();
        Task<Recovered> task = new Task<>() {
            @Override
            protected Recovered call() throws Exception {
                byte[] bytes = Files.readAllBytes(resultFile);
                DecodedImage orig = Files.isRegularFile(src) ? service.open(src) : null;
                Optional<String> note = Optional.empty();
                if (orig != null && !alreadySaved) {
                    // The service's kept file, rebuilt at the original's size like a result of a job run now.
                    BeautyResult kept = service.asKept(new BeautyResult(bytes, ImageFormat.sniff(bytes).orElse(ImageFormat.JPEG),
                            EngineKind.CLOUD.displayName(), Optional.of(entry.taskId())), orig, entry.parameters(), outputSize, quality);
                    bytes = kept.bytes();
                    note = kept.note();
                }
                DecodedImage res = service.read(bytes);
                return new Recovered(res, FxImages.toFx(res.image()), orig, orig == null ? null : FxImages.toFx(orig.image()), note);
            }
        };
        task.setOnSucceeded(e -> {
            if (!photo.isCurrent(ticket)) {
                return;
            }
            Recovered r = task.getValue();
            photo.show(ticket, src, r.original(), r.originalImage());
            // A saved file is ours no longer: the journal's task must not be marked again by saving it elsewhere.
            result.showKept(new ResultViewModel.ResultData(r.result().originalBytes(), r.result().format(),
                    alreadySaved ? Optional.empty() : Optional.of(entry.taskId()), src, false,
                    Optional.of(r.result().image())), r.resultImage(),
                    EngineKind.CLOUD.displayName() + " · " + (alreadySaved ? Text.get("caption.savedAs", resultFile.getFileName())
                            : Text.get("caption.recovered")) + " · " + Text.get("caption.task", entry.taskId())
                            + r.note().map(n -> " · " + n).orElse(""), alreadySaved);
            window.showSettings(entry.parameters());
            window.supersedePreview();
            status.show(Text.get(alreadySaved ? "recovery.reopened" : "recovery.recovered", src.getFileName()), StatusKind.SUCCESS);
        });
        task.setOnFailed(e -> status.show(UserMessages.describe(task.getException()), StatusKind.ERROR));
        executor.execute(task);
    }

    private record Recovered(DecodedImage result, Image resultImage, DecodedImage original, Image originalImage,
                             Optional<String> note) {
    }
}
