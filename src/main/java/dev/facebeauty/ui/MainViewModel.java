package dev.facebeauty.ui;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.api.ApiException;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.api.CreditBalance;
import dev.facebeauty.engine.BeautyEngine;
import dev.facebeauty.engine.CloudEngine;
import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.engine.LocalEngine;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.engine.JobStage;
import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageBlend;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.engine.BeautyResult;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.RestoreMask;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.jobs.BeautifyService;
import dev.facebeauty.jobs.JobOutcome;
import dev.facebeauty.jobs.JournalEntry;
import dev.facebeauty.jobs.RecoveredResult;
import dev.facebeauty.jobs.ResultSaver;
import dev.facebeauty.jobs.FullSizeResults;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.settings.PresetStore;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.settings.WorkspaceStore;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.image.Image;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Everything the main window shows and does, as JavaFX properties and plain methods, so it can be tested without
 * a window. Work runs in {@link Task}s on {@code executor}; properties change on the FX thread only.
 */
public final class MainViewModel {

    static final String APP_NAME = "Face Beauty Studio";
    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());

    private final AppServices services;
    private final Executor executor;

    private final AdjustmentsViewModel adjustments = new AdjustmentsViewModel();

    private final ReadOnlyObjectWrapper<Path> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> original = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper originalInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open a portrait to begin — or drop one here.");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.INFO);
    private final ReadOnlyStringWrapper preparationNotes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper credits = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>();
    private final ObservableList<RecoveredResult> recovered = FXCollections.observableArrayList();
    private final BooleanProperty resultSaved = new SimpleBooleanProperty(true);
    private final ObjectProperty<EngineKind> engineKind = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<Face>> faces = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper faceSummary = new ReadOnlyStringWrapper("");
    /** True while the result pane shows the live preview rather than the last full result. */
    private final ReadOnlyBooleanWrapper previewShown = new ReadOnlyBooleanWrapper(false);
    private final LivePreview preview;
    private final PresetsViewModel presets;
    /** How much of the retouch is kept, 0–100 %: applied to what is shown and to what Save writes. */
    private final IntegerProperty amount = new SimpleIntegerProperty(100);
    private final Workspace workspace;
    private final RestoreBrush restoreBrush = new RestoreBrush();

    private DecodedImage decoded;
    private ResultData currentResult;
    private Task<?> running;
    private long generation;

    /** The result bytes exactly as the engine produced them, with what identifies them. */
    private record ResultData(byte[] bytes, ImageFormat format, Optional<String> taskId, Path source,
                              boolean sameColourSpace) {
    }

    /** The photo an editor (Lightroom, Capture One) handed over to be saved back to, when started that way. */
    private final ObjectProperty<Path> editInPlace = new SimpleObjectProperty<>();

    public MainViewModel(AppServices services, Executor executor) {
        this.services = services;
        this.executor = executor;
        this.settings.set(services.settingsStore().load());
        this.engineKind.set(EngineKind.defaultFor(services.keys().apiKey().isPresent()));
        this.preview = new LivePreview(executor);
        this.presets = new PresetsViewModel(new PresetStore(services.paths().presetsFile()), adjustments);
        this.workspace = new Workspace(new WorkspaceStore(services.paths().workspaceFile()));
        preview.imageProperty().addListener((obs, old, image) -> previewShown.set(image != null));
        adjustments.onChange(() -> preview.request(adjustments.parameters()));
        // Each new result starts with nothing restored; the brush paints in the original's pixels.
        result.addListener((obs, old, image) -> restoreBrush.reset(image == null || decoded == null ? 0 : decoded.width(),
                image == null || decoded == null ? 0 : decoded.height()));
        // A changed blend is a different file than the one saved.
        restoreBrush.editsProperty().addListener(o -> resultSaved.set(result.get() == null));
        amount.addListener(o -> resultSaved.set(result.get() == null));
    }

    // ---- state for the view ----

    /** The sliders and the filter. */
    public AdjustmentsViewModel adjustments() {
        return adjustments;
    }

    public ReadOnlyObjectProperty<Path> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> originalProperty() {
        return original.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty originalInfoProperty() {
        return originalInfo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultInfoProperty() {
        return resultInfo.getReadOnlyProperty();
    }

    /** What the result pane shows: the live preview while the sliders move, else the last full result. */
    public ObjectBinding<Image> shownResult() {
        return Bindings.createObjectBinding(() -> previewShown.get() ? preview.imageProperty().get() : result.get(),
                previewShown, preview.imageProperty(), result);
    }

    public StringBinding shownResultInfo() {
        return Bindings.createStringBinding(() -> previewShown.get()
                ? "Preview · " + LocalEngine.DISPLAY_NAME + " · Beautify makes the full-size result"
                : resultInfo.get(), previewShown, resultInfo);
    }

    public ReadOnlyBooleanProperty previewShownProperty() {
        return previewShown.getReadOnlyProperty();
    }

    /** The presets beside the sliders. */
    public PresetsViewModel presets() {
        return presets;
    }

    /** Paints the original back where the retouch went too far; applied when shown and on Save. */
    public RestoreBrush restoreBrush() {
        return restoreBrush;
    }

    /** Recent photos, last folders and the window's layout. */
    public Workspace workspace() {
        return workspace;
    }

    public IntegerProperty amountProperty() {
        return amount;
    }

    /** Which engine Beautify uses; defaults to the cloud when a key is set, else the built-in engine. */
    public ObjectProperty<EngineKind> engineKindProperty() {
        return engineKind;
    }

    /** The faces found in the open photo (in its pixels), or null while they are still being looked for. */
    public ReadOnlyObjectProperty<List<Face>> facesProperty() {
        return faces.getReadOnlyProperty();
    }

    /** "1 face", "No face found: …", shown under the original. */
    public ReadOnlyStringProperty faceSummaryProperty() {
        return faceSummary.getReadOnlyProperty();
    }

    /**
     * Whether the open photo was checked and holds no face: the cloud would refuse it (and the view asks before
     * spending credits on it).
     */
    public boolean noFaceFound() {
        return faces.get() != null && faces.get().isEmpty();
    }

    /** Whether a preview render is running or waiting. */
    boolean previewWorking() {
        return preview.working();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() {
        return statusKind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty preparationNotesProperty() {
        return preparationNotes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty creditsProperty() {
        return credits.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public ObservableList<RecoveredResult> recovered() {
        return recovered;
    }

    /** "portrait.jpg — Face Beauty Studio", or the app's name alone before a photo is open; says when editing in place. */
    public StringBinding windowTitle() {
        return Bindings.createStringBinding(() -> source.get() == null || source.get().getFileName() == null
                ? APP_NAME : source.get().getFileName() + (editingInPlace() ? " (edit in place)" : "") + " — " + APP_NAME,
                source, editInPlace);
    }

    /**
     * Opens a photo handed over by another editor to be retouched and saved back over it (the launcher's
     * {@code --edit-in-place PHOTO}); Save then says "Save back to PHOTO" and writes nowhere else.
     */
    public void editInPlace(Path photo) {
        editInPlace.set(photo.toAbsolutePath());
        open(photo);
    }

    /** Whether the open photo is the one handed over to be saved back to. */
    public boolean editingInPlace() {
        Path target = editInPlace.get();
        return target != null && source.get() != null && dev.facebeauty.io.FileIdentity.sameFile(source.get(), target);
    }

    /** "Save back to edit.tif" when editing in place, else "Save…". */
    public StringBinding saveLabel() {
        return Bindings.createStringBinding(() -> editingInPlace() ? "Save back to " + editInPlace.get().getFileName()
                : "Save…", source, editInPlace);
    }

    /** The question asked before saving back: what will be replaced, and with what. */
    public String saveBackQuestion() {
        Path target = editInPlace.get();
        return "This replaces " + target + " with the retouched picture, in the same format, size, bit depth, colour "
                + "profile and metadata" + (decoded != null && decoded.format() == ImageFormat.JPEG
                ? " (re-encoded as JPEG at quality " + settings.get().jpegQuality() + ")" : "")
                + ". The program that sent it shows the retouch when you return to it.";
    }

    /** Writes the result (with Amount and the restore brush) back over the photo handed over; only when editing in place. */
    public void saveBack() {
        if (currentResult == null || busy.get() || !editingInPlace() || decoded == null) {
            return;
        }
        Path target = editInPlace.get();
        ResultData data = currentResult;
        DecodedImage photo = decoded;
        double kept = amount.get() / 100.0;
        float quality = settings.get().jpegQualityFraction();
        RestoreMask restored = restoreBrush.mask() == null ? null : restoreBrush.mask().snapshot();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Saving back to " + target.getFileName() + "…");
                java.awt.image.BufferedImage pixels = new ImageDecoder().decode(data.bytes()).image();
                if (kept < 1 || restored != null) {
                    pixels = ImageBlend.mix(photo.image(), pixels, kept, restored);
                }
                Optional<String> refused = dev.facebeauty.jobs.SaveBack.refusal(pixels, photo);
                if (refused.isPresent()) {
                    throw new UserMessages.UserFacingException(refused.get());
                }
                dev.facebeauty.jobs.SaveBack.write(pixels, photo, target, quality);
                return target;
            }
        };
        task.messageProperty().addListener((obs, old, m) -> setStatus(m, StatusKind.BUSY));
        task.setOnSucceeded(e -> {
            data.taskId().ifPresent(id -> services.beautify().markSaved(id, target));
            resultSaved.set(true);
            setStatus("Saved back to " + target + ".", StatusKind.SUCCESS);
        });
        task.setOnFailed(e -> setStatus("Not saved: " + UserMessages.describe(task.getException()), StatusKind.ERROR));
        start(task);
    }

    public BooleanBinding canBeautify() {
        return original.isNotNull().and(busy.not());
    }

    public BooleanBinding canSave() {
        return result.isNotNull().and(busy.not()).and(previewShown.not());
    }

    /** False while the shown result has not been saved (closing the window then asks first). */
    public BooleanProperty resultSavedProperty() {
        return resultSaved;
    }

    /**
     * What to tell someone closing the window, if anything. Nothing is lost either way (jobs and results are kept
     * and offered at the next start), but a photographer should not be surprised by that.
     */
    public Optional<String> closeWarning() {
        if (running != null && !running.isDone()) {
            return Optional.of("Face Beauty Studio is still working. If you quit now, a job the service has accepted "
                    + "is fetched and offered the next time you open the app.");
        }
        if (!resultSaved.get()) {
            return Optional.of(unsavedResultNotice("If you quit now"));
        }
        return Optional.empty();
    }

    /** What to tell someone opening another photo over a result they have not saved, if anything. */
    public Optional<String> replaceWarning() {
        if (result.get() == null || resultSaved.get()) {
            return Optional.empty();
        }
        return Optional.of(unsavedResultNotice("If you open another photo now"));
    }

    /**
     * The truth about an unsaved result: a cloud job's result is kept and offered again (the Amount and brush work on
     * it are not); a built-in or cached result is not kept at all, but making it again costs nothing.
     */
    private String unsavedResultNotice(String ifYou) {
        boolean kept = currentResult != null && currentResult.taskId().isPresent();
        return kept
                ? "The result is not saved yet. " + ifYou + ", the service's result is kept and offered again the next "
                        + "time you open Face Beauty Studio; the Amount and restore-brush changes on it are not kept."
                : "The result is not saved yet and is not kept: " + ifYou.toLowerCase(java.util.Locale.ROOT)
                        + ", it is lost. Beautify makes it again with the same settings at no cost.";
    }

    /** Where background work runs; shared with the Settings dialog's key check. */
    Executor executor() {
        return executor;
    }

    /** The cost of one Beautify with the chosen engine. */
    public StringBinding priceText() {
        return Bindings.createStringBinding(() -> engineKind.get() == EngineKind.LOCAL
                ? "free · offline" : CreditBalance.CREDITS_PER_JOB + " credits", engineKind);
    }

    // ---- actions ----

    /** Opens a photo (read only); the previous result is cleared once the new photo is shown. */
    public void open(Path path) {
        open(path, null);
    }

    /** As {@link #open(Path)}, then runs {@code then} once the photo is shown (not if opening failed). */
    private void open(Path path, Runnable then) {
        long ticket = ++generation;
        setStatus("Opening " + path.getFileName() + "…", StatusKind.BUSY);
        BeautifyService service = services.beautify();
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                DecodedImage d = service.open(path);
                return new Loaded(d, FxImages.toFx(d.image()));
            }
        };
        task.setOnSucceeded(e -> {
            if (ticket != generation) {
                return;
            }
            Loaded loaded = task.getValue();
            decoded = loaded.decoded();
            source.set(path);
            original.set(loaded.image());
            clearResult();
            amount.set(100);
            originalInfo.set(describe(loaded.decoded()));
            preparationNotes.set("");
            workspace.opened(path);
            setStatus("Ready: " + path.getFileName() + ". Adjust the sliders, then Beautify.", StatusKind.INFO);
            analyseFaces(ticket, loaded.decoded());
            if (then != null) {
                then.run();
            }
        });
        task.setOnFailed(e -> {
            if (ticket == generation) {
                setStatus(UserMessages.describe(task.getException()), StatusKind.ERROR);
            }
            if (!Files.exists(path)) {
                workspace.forget(path);
            }
        });
        executor.execute(task);
    }

    private record Loaded(DecodedImage decoded, Image image) {
    }

    /** Finds the faces once per photo, and prepares the preview copy; both in the background. */
    private void analyseFaces(long ticket, DecodedImage photo) {
        faces.set(null);
        faceSummary.set("Looking for faces…");
        preview.clear();
        FaceAnalyzer analyzer = services.faces();
        Task<Analysis> task = new Task<>() {
            @Override
            protected Analysis call() {
                RgbImage full = RgbImage.of(photo.image());
                List<Face> found = analyzer.analyze(full);
                double scale = LivePreview.previewScale(full.width(), full.height());
                RgbImage small = full.scale(scale);
                return new Analysis(found, small, found.stream().map(f -> f.scaled(scale)).toList());
            }
        };
        task.setOnSucceeded(e -> {
            if (ticket != generation) {
                return;
            }
            Analysis a = task.getValue();
            faces.set(a.faces());
            faceSummary.set(switch (a.faces().size()) {
                case 0 -> "No face found: only the filter applies";
                case 1 -> "1 face";
                default -> a.faces().size() + " faces";
            });
            preview.setPhoto(a.previewBase(), a.previewFaces());
        });
        task.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, "Face analysis failed", task.getException());
            faceSummary.set("Faces could not be analysed");
        });
        executor.execute(task);
    }

    private record Analysis(List<Face> faces, RgbImage previewBase, List<Face> previewFaces) {
    }

    /** Prepares, submits, polls and downloads in the background; the status line follows each step. */
    public void beautify() {
        if (decoded == null || busy.get()) {
            return;
        }
        Optional<BeautyEngine> engine;
        try {
            engine = Optional.of(engine());
        } catch (UserMessages.UserFacingException e) {
            setStatus(e.getMessage(), StatusKind.ERROR);
            return;
        }
        Path path = source.get();
        DecodedImage photo = decoded;
        BeautyParameters parameters = adjustments.parameters();
        boolean cloud = engine.get().paidServiceScope().isPresent();
        OutputSize outputSize = settings.get().outputSize();
        float quality = settings.get().jpegQualityFraction();
        preview.supersede();
        BeautifyService service = services.beautify();
        Task<Finished> task = new Task<>() {
            @Override
            protected Finished call() throws Exception {
                updateMessage(JobStage.PREPARING.label() + "…");
                PreparedUpload upload = service.prepare(photo, engine.get());
                if (!upload.unchanged()) {
                    String notes = String.join(" ", upload.adjustments());
                    javafx.application.Platform.runLater(() -> preparationNotes.set(notes));
                }
                JobOutcome served = service.beautify(path, upload, parameters, engine.get(), new ProgressListener() {
                    @Override
                    public void stage(JobStage stage) {
                        updateMessage(stage == JobStage.DONE ? "Done" : stage.label() + "…");
                    }
                });
                if (FullSizeResults.applies(served, photo) && outputSize == OutputSize.FULL) {
                    updateMessage("Rebuilding at " + photo.width() + " × " + photo.height() + "…");
                }
                JobOutcome outcome = service.asKept(served, photo, parameters, outputSize, quality);
                DecodedImage resultPixels = new ImageDecoder().decode(outcome.result().bytes());
                return new Finished(outcome, FxImages.toFx(resultPixels.image()), resultPixels);
            }
        };
        task.messageProperty().addListener((obs, old, message) -> {
            if (message != null && !message.isEmpty()) {
                setStatus(message, StatusKind.BUSY);
            }
        });
        task.setOnSucceeded(e -> {
            Finished finished = task.getValue();
            showOutcome(finished.outcome(), finished.image(), finished.pixels(), path, cloud);
            setStatus("Done — compare, then Save.", StatusKind.SUCCESS);
            refreshCredits();
        });
        task.setOnFailed(e -> {
            setStatus(UserMessages.describe(task.getException()), StatusKind.ERROR);
            if (cloud) {
                refreshCredits(); // the balance after a failure that may have been charged, beside the one from before
            }
        });
        task.setOnCancelled(e -> setStatus("Cancelled. A job the service already accepted is kept and fetched on the next start.",
                StatusKind.INFO));
        start(task);
    }

    private record Finished(JobOutcome outcome, Image image, DecodedImage pixels) {
    }

    /** Makes a finished job the window's result, ready to compare and save. */
    private void showOutcome(JobOutcome outcome, Image image, DecodedImage pixels, Path path, boolean cloud) {
        // The cloud works on the stored values of a file sent unchanged, so its result is in that file's colour space.
        boolean sameColourSpace = cloud && outcome.upload().unchanged();
        currentResult = new ResultData(outcome.result().bytes(), outcome.result().format(), outcome.taskId(), path,
                sameColourSpace);
        preview.supersede();
        result.set(image);
        resultSaved.set(false);
        resultInfo.set(outcome.result().engineName() + " · " + pixels.width() + " × " + pixels.height() + " "
                + outcome.result().format() + outcome.taskId().map(id -> " · task " + id).orElse("")
                + outcome.result().note().map(note -> " · " + note).orElse(""));
    }

    /**
     * Variants of the open photo with the chosen engine; the one the user picks becomes this window's result, with its
     * settings on the sliders. Null when no photo is open.
     */
    VariantsViewModel newVariants() {
        if (decoded == null || source.get() == null) {
            return null;
        }
        Path path = source.get();
        DecodedImage photo = decoded;
        boolean cloud = engineKind.get() == EngineKind.CLOUD;
        return new VariantsViewModel(services.beautify(), this::engine, cloud, path, photo, original.get(),
                adjustments.parameters(), presets.presets(), executor, variant -> {
                    if (!path.equals(source.get()) || busy.get()) {
                        setStatus("Not taken: another photo is open now.", StatusKind.ERROR);
                        return;
                    }
                    adjustments.set(variant.parameters());
                    showOutcome(variant.outcome(), variant.imageProperty().get(), variant.pixels(), path, cloud);
                    setStatus("Variant “" + variant.label() + "” taken — compare, then Save.", StatusKind.SUCCESS);
                }, settings.get());
    }

    /** Stops the running job: polling ends at once. */
    public void cancel() {
        if (running != null) {
            running.cancel(true);
        }
    }

    /** Whether saving to {@code target} would replace the photo that was opened (the view asks first). */
    public boolean wouldOverwriteOriginal(Path target) {
        Path src = currentResult == null ? null : currentResult.source();
        return src != null && dev.facebeauty.io.FileIdentity.sameFile(src, target);
    }

    /** The name offered in the Save dialog: NAME_beauty.EXT next to the original. */
    public String suggestedFileName() {
        if (currentResult == null) {
            return "result.jpg";
        }
        String name = currentResult.source().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "_beauty." + currentResult.format().extension();
    }

    /**
     * Writes the result: the downloaded bytes unchanged when the extension matches their format, else converted.
     * Replacing the original needs {@code confirmedOverwriteOriginal}.
     */
    /** Writes the result; never over the original photo, whatever path leads to it. */
    public void save(Path target) {
        if (currentResult == null || busy.get()) {
            return;
        }
        if (wouldOverwriteOriginal(target)) {
            setStatus("Not saved: that would replace the original photo, which is never written over — choose another "
                    + "name.", StatusKind.ERROR);
            return;
        }
        ResultData data = currentResult;
        ImageFormat format = ResultSaver.formatForName(target.getFileName().toString(), data.format());
        DecodedImage photo = decoded != null && data.source().equals(source.get()) ? decoded : null;
        ResultSaver.Provenance provenance = photo != null
                ? new ResultSaver.Provenance(photo.originalBytes(), settings.get().metadata(), data.sameColourSpace())
                : ResultSaver.Provenance.NONE;
        double kept = amount.get() / 100.0;
        float quality = settings.get().jpegQualityFraction();
        RestoreMask restored = photo == null || restoreBrush.mask() == null ? null : restoreBrush.mask().snapshot();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Saving " + target.getFileName() + "…");
                byte[] bytes = data.bytes();
                if ((kept < 1 || restored != null) && photo != null) {
                    bytes = ImageEncoder.encodeKeeping(ImageBlend.mix(photo.image(), new ImageDecoder().decode(bytes).image(), kept,
                            restored), data.format(), quality, tiffOriginal(photo), MetadataPolicy.FULL);
                }
                ResultSaver.save(bytes, data.format(), target, format, quality, provenance);
                return target;
            }
        };
        task.messageProperty().addListener((obs, old, m) -> setStatus(m, StatusKind.BUSY));
        task.setOnSucceeded(e -> {
            data.taskId().ifPresent(id -> services.beautify().markSaved(id, target));
            resultSaved.set(true);
            workspace.saved(target);
            setStatus("Saved " + target, StatusKind.SUCCESS);
        });
        task.setOnFailed(e -> setStatus("Not saved: " + UserMessages.describe(task.getException()), StatusKind.ERROR));
        start(task);
    }

    /** The original's bytes when it is a TIFF, whose compression and tags a TIFF result is written with. */
    private static Optional<byte[]> tiffOriginal(DecodedImage photo) {
        return photo.format() == ImageFormat.TIFF ? Optional.of(photo.originalBytes()) : Optional.empty();
    }

    /** Throws the shown result away (and its kept copy). */
    public void discardResult() {
        if (currentResult != null) {
            currentResult.taskId().ifPresent(services.beautify()::discard);
        }
        clearResult();
    }

    /** Reads the credit balance in the background for the status bar; silent when there is no key. */
    public void refreshCredits() {
        Optional<String> key = services.keys().apiKey();
        if (key.isEmpty()) {
            credits.set("Add your API key…");
            return;
        }
        URI base = apiBase();
        Task<List<CreditBalance>> task = new Task<>() {
            @Override
            protected List<CreditBalance> call() throws ApiException, InterruptedException {
                return services.cloud().client(base, key.get()).credits();
            }
        };
        task.setOnSucceeded(e -> credits.set(CreditsText.of(task.getValue())));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            credits.set(t instanceof ApiException api && !api.retryable() ? "Credits: " + api.userMessage() : "Credits unavailable");
        });
        executor.execute(task);
    }

    /** Fetches results of jobs from earlier sessions in the background and lists those waiting to be saved. */
    public void recoverEarlierResults() {
        Optional<CloudEngine> cloud;
        try {
            cloud = Optional.of(cloudEngine());
        } catch (UserMessages.UserFacingException e) {
            cloud = Optional.empty();
        }
        Optional<CloudEngine> engine = cloud;
        Task<List<RecoveredResult>> task = new Task<>() {
            @Override
            protected List<RecoveredResult> call() throws InterruptedException {
                return services.beautify().recover(engine, ProgressListener.NONE);
            }
        };
        task.setOnSucceeded(e -> {
            recovered.setAll(task.getValue());
            if (engine.isEmpty()) {
                // Without a key the waiting jobs cannot be asked about: say so rather than park them silently.
                int waiting = services.beautify().journal().pending(java.time.Instant.now(), CloudEngine.TASK_LIFETIME).size();
                if (waiting > 0) {
                    setStatus(waitingForKey(waiting), StatusKind.INFO);
                }
            }
        });
        task.setOnFailed(e -> LOG.log(System.Logger.Level.WARNING, "Recovery failed", task.getException()));
        executor.execute(task);
    }

    /** What to say at start when paid jobs wait at the service and there is no key to fetch them with. */
    static String waitingForKey(int waiting) {
        return (waiting == 1 ? "A paid result is" : waiting + " paid results are") + " waiting at the service — enter "
                + "your API key in Settings to fetch " + (waiting == 1 ? "it" : "them") + " (results are kept 24 hours).";
    }

    /** Shows a recovered result beside its original (when the original still exists). */
    public void showRecovered(RecoveredResult item) {
        recovered.remove(item);
        showJournalResult(item.entry(), item.resultFile(), false);
    }

    /**
     * Shows a job from the history: its original with the settings it was sent with, and its result: the kept copy
     * when it was never saved, else the file it was saved to. When neither exists, only the photo and settings come
     * back (Beautify makes it again; the cache means a cloud job is not paid twice).
     */
    public void reopen(JournalEntry entry) {
        Optional<Path> kept = entry.resultFileOptional().map(Path::of).filter(Files::isRegularFile);
        Optional<Path> saved = entry.savedToOptional().map(Path::of).filter(Files::isRegularFile);
        if (kept.isPresent()) {
            recovered.removeIf(r -> r.entry().taskId().equals(entry.taskId()));
            showJournalResult(entry, kept.get(), false);
        } else if (saved.isPresent()) {
            showJournalResult(entry, saved.get(), true);
        } else {
            adjustments.set(entry.parameters());
            open(Path.of(entry.source()));
        }
    }

    /**
     * Asks the service about a job nobody is waiting on any more (cancelled, the network died, the app was closed) and
     * shows its result when it is done. {@code report} hears the answer in a sentence.
     */
    public void checkNow(JournalEntry entry, Consumer<String> report) {
        CloudEngine cloud;
        try {
            cloud = cloudEngine();
        } catch (UserMessages.UserFacingException e) {
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
            report.accept("Finished: the result is shown in the main window.");
        }, () -> report.accept("Not finished yet: the service says " + stage[0].label().toLowerCase(Locale.ROOT)
                + " (asked at " + java.time.LocalTime.now().withNano(0) + "). Face Beauty Studio also asks at every start.")));
        task.setOnFailed(e -> report.accept(UserMessages.describe(task.getException())));
        executor.execute(task);
    }

    /** Opens the job's photo with the settings it was sent with and runs Beautify again. */
    public void rerun(JournalEntry entry) {
        adjustments.set(entry.parameters());
        open(Path.of(entry.source()), this::beautify);
    }

    private void showJournalResult(JournalEntry entry, Path resultFile, boolean alreadySaved) {
        long ticket = ++generation;
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
                            CloudEngine.DISPLAY_NAME, Optional.of(entry.taskId())), orig, entry.parameters(), outputSize, quality);
                    bytes = kept.bytes();
                    note = kept.note();
                }
                DecodedImage res = new ImageDecoder().decode(bytes);
                return new Recovered(res, FxImages.toFx(res.image()), orig, orig == null ? null : FxImages.toFx(orig.image()), note);
            }
        };
        task.setOnSucceeded(e -> {
            if (ticket != generation) {
                return;
            }
            Recovered r = task.getValue();
            decoded = r.original();
            source.set(decoded == null ? null : src);
            original.set(r.originalImage());
            originalInfo.set(decoded == null ? "Original no longer at " + src : describe(decoded));
            // A saved file is ours no longer: the journal's task must not be marked again by saving it elsewhere.
            currentResult = new ResultData(r.result().originalBytes(), r.result().format(),
                    alreadySaved ? Optional.empty() : Optional.of(entry.taskId()), src, false);
            // The preview must follow the photo now shown, not the one shown before.
            if (decoded != null) {
                analyseFaces(ticket, decoded);
            } else {
                preview.clear();
                faces.set(null);
                faceSummary.set("");
            }
            amount.set(100);
            result.set(r.resultImage());
            resultSaved.set(alreadySaved);
            resultInfo.set(CloudEngine.DISPLAY_NAME + (alreadySaved ? " · saved as " + resultFile.getFileName()
                    : " · recovered") + " · task " + entry.taskId() + r.note().map(n -> " · " + n).orElse(""));
            adjustments.set(entry.parameters());
            preview.supersede(); // the settings it was made with must not bring a preview over it
            setStatus((alreadySaved ? "Reopened " : "Recovered result from ") + src.getFileName()
                    + (alreadySaved ? "." : " — Save it to keep it."), StatusKind.SUCCESS);
        });
        task.setOnFailed(e -> setStatus(UserMessages.describe(task.getException()), StatusKind.ERROR));
        executor.execute(task);
    }

    private record Recovered(DecodedImage result, Image resultImage, DecodedImage original, Image originalImage,
                             Optional<String> note) {
    }

    public void discardRecovered(RecoveredResult item) {
        recovered.remove(item);
        services.beautify().discard(item.entry().taskId());
    }

    /** Applies new settings (already saved by the settings dialog). */
    public void settingsChanged(Settings newSettings) {
        settings.set(newSettings);
        refreshCredits();
    }

    // ---- helpers ----

    /** A batch of photos with the current sliders, filter, engine and metadata choice (for the batch window). */
    BatchViewModel newBatch() {
        Path open = source.get();
        return new BatchViewModel(services.beautify(), () -> engine(), adjustments::parameters,
                settings::get, executor, open == null ? null : open.toAbsolutePath().getParent(),
                () -> presets.matching(adjustments.parameters()).map(dev.facebeauty.settings.Preset::name).orElse(null));
    }

    /** The history of cloud jobs, whose actions act on this window. */
    HistoryViewModel newHistory() {
        return new HistoryViewModel(services.beautify(), this::reopen, this::rerun, this::checkNow, java.time.ZoneId.systemDefault());
    }

    private BeautyEngine engine() throws UserMessages.UserFacingException {
        return engineKind.get() == EngineKind.LOCAL ? services.local() : cloudEngine();
    }

    private CloudEngine cloudEngine() throws UserMessages.UserFacingException {
        String key = services.keys().apiKey().orElseThrow(() -> new UserMessages.UserFacingException(
                "Add your AILabTools API key in Settings to use the cloud, or choose the built-in engine."));
        return services.cloud().engine(apiBase(), key, settings.get().pollInterval());
    }

    private URI apiBase() {
        return services.keys().baseUrlOverride().flatMap(s -> {
            try {
                return Optional.of(Settings.parseApiBase(s));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).orElse(settings.get().apiBaseUrl());
    }

    private void start(Task<?> task) {
        running = task;
        busy.set(true);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                busy.set(false);
            }
        });
        executor.execute(task);
    }

    private void clearResult() {
        currentResult = null;
        result.set(null);
        resultInfo.set("");
        resultSaved.set(true);
    }

    private void setStatus(String text, StatusKind kind) {
        status.set(text);
        statusKind.set(kind);
    }

    private static String describe(DecodedImage d) {
        return d.width() + " × " + d.height() + " " + d.format() + " · "
                + String.format(Locale.ROOT, "%.1f MB", d.originalBytes().length / 1_000_000.0);
    }

}
