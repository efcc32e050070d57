package dev.facebeauty.ui;

import dev.facebeauty.api.CreditBalance;
import dev.facebeauty.app.AppServices;
import dev.facebeauty.app.EngineChoice;
import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.jobs.BeautifyService;
import dev.facebeauty.jobs.RecoveredResult;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.settings.PresetStore;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.settings.WorkspaceStore;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Branding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.scene.image.Image;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The main window as properties and plain methods, testable without a window. It composes the parts of one purpose —
 * the photo ({@link PhotoViewModel}), the result ({@link ResultViewModel}), recovery and the history's actions
 * ({@link RecoveryViewModel}), the status bar ({@link StatusLine}), the sliders, presets and live preview — and does
 * Beautify itself. Work runs in {@link Task}s on {@code executor}; properties change on the FX thread only.
 */
public final class MainViewModel {

    private final AppServices services;
    private final EngineChoice engines;
    private final Executor executor;
    private final AdjustmentsViewModel adjustments = new AdjustmentsViewModel();
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>();
    private final ObjectProperty<EngineKind> engineKind = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper preparationNotes = new ReadOnlyStringWrapper("");
    /** True while the result pane shows the live preview rather than the last full result. */
    private final ReadOnlyBooleanWrapper previewShown = new ReadOnlyBooleanWrapper(false);
    private final LivePreview preview;
    private final PresetsViewModel presets;
    private final Workspace workspace;
    private final StatusLine status;
    private final PhotoViewModel photo;
    private final ResultViewModel result;
    private final RecoveryViewModel recovery;
    private final BeautifyAction beautifyAction;
    private final EditHistory edits;
    private final FacesViewModel faces;

    public MainViewModel(AppServices services, Executor executor) {
        this.services = services;
        this.engines = new EngineChoice(services);
        this.executor = executor;
        this.settings.set(services.settingsStore().load());
        this.engineKind.set(EngineKind.defaultFor(services.keys().apiKey().isPresent()));
        this.preview = new LivePreview(executor);
        this.presets = new PresetsViewModel(new PresetStore(services.paths().presetsFile()), adjustments);
        this.workspace = new Workspace(new WorkspaceStore(services.paths().workspaceFile()));
        this.status = new StatusLine(executor);
        this.photo = new PhotoViewModel(services, executor, status, preview, workspace);
        this.faces = new FacesViewModel(photo.facesProperty());
        preview.faceAmounts(() -> faces.amountsProperty().get());
        this.result = new ResultViewModel(services, executor, status, photo, workspace, settings::get);
        this.recovery = new RecoveryViewModel(services, engines, executor, status, photo, result, settings::get,
                new RecoveryViewModel.Window() {
                    @Override
                    public void showSettings(BeautyParameters parameters) {
                        adjustments.set(parameters);
                    }

                    @Override
                    public void open(Path photo, Runnable then) {
                        MainViewModel.this.open(photo, then);
                    }

                    @Override
                    public void beautify() {
                        MainViewModel.this.beautify();
                    }

                    @Override
                    public void supersedePreview() {
                        preview.supersede();
                    }
                });
        this.beautifyAction = new BeautifyAction(services, engines, status, photo, result, preview, adjustments,
                settings::get, engineKind::get, preparationNotes::set, this::refreshCredits, faces);
        this.edits = new EditHistory(adjustments, result.amountProperty(), result.restoreBrush(), faces.amountsProperty(),
                presets.labelProperty()::get);
        faces.amountsProperty().addListener((obs, old, now) -> preview.request(adjustments.parameters()));
        result.imageProperty().addListener((obs, old, picture) -> edits.forgetStrokes());
        preview.imageProperty().addListener((obs, old, image) -> previewShown.set(image != null));
        // A preview over the result leaves the brush nothing to paint on.
        previewShown.addListener((obs, was, now) -> {
            if (now) {
                result.restoreBrush().activeProperty().set(false);
            }
        });
        // What was changed to upload for one engine says nothing about the other's.
        engineKind.addListener((obs, old, kind) -> preparationNotes.set(""));
        adjustments.onChange(() -> preview.request(adjustments.parameters()));
        // A result to look at straight away: the preview at the current settings once the faces are found, unless a
        // result (recovered, reopened) is already shown.
        photo.facesProperty().addListener((obs, old, found) -> {
            if (found != null && result.imageProperty().get() == null) {
                preview.request(adjustments.parameters());
            }
        });
    }

    // ---- the parts, and state for the view ----

    /** The sliders and the filter. */
    public AdjustmentsViewModel adjustments() {
        return adjustments;
    }

    public PresetsViewModel presets() {
        return presets;
    }

    /** Paints the original back where the retouch went too far; applied when shown and on Save. */
    public RestoreBrush restoreBrush() {
        return result.restoreBrush();
    }

    /** Recent photos, last folders and the window's layout. */
    public Workspace workspace() {
        return workspace;
    }

    /** The open photo: its path, picture, caption and faces. */
    PhotoViewModel photo() {
        return photo;
    }

    /** What the result pane shows: the live preview while the sliders move, else the last full result. */
    public ObjectBinding<Image> shownResult() {
        return Bindings.createObjectBinding(() -> previewShown.get() ? preview.imageProperty().get() : result.imageProperty().get(),
                previewShown, preview.imageProperty(), result.imageProperty());
    }

    public StringBinding shownResultInfo() {
        return Bindings.createStringBinding(() -> !previewShown.get() ? result.infoProperty().get()
                : engineKind.get() == EngineKind.CLOUD
                ? Text.get("preview.cloud") : Text.get("preview.local", EngineKind.LOCAL.displayName()),
                previewShown, result.infoProperty(), engineKind);
    }

    public ReadOnlyBooleanProperty previewShownProperty() {
        return previewShown.getReadOnlyProperty();
    }

    /** Whether a preview render is running or waiting. */
    boolean previewWorking() {
        return preview.working();
    }

    /** Which engine Beautify uses; defaults to the cloud when a key is set, else the built-in engine. */
    public ObjectProperty<EngineKind> engineKindProperty() {
        return engineKind;
    }

    /** The status line, the credit balance and whether work is running. */
    StatusLine status() {
        return status;
    }

    public ReadOnlyStringProperty preparationNotesProperty() {
        return preparationNotes.getReadOnlyProperty();
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public ObservableList<RecoveredResult> recovered() {
        return recovery.recovered();
    }

    /** "portrait.jpg — Face Beauty Studio", or the app's name alone before a photo is open; says when editing in place. */
    public StringBinding windowTitle() {
        ReadOnlyObjectProperty<Path> source = photo.sourceProperty();
        return Bindings.createStringBinding(() -> source.get() == null || source.get().getFileName() == null ? Branding.APP_NAME
                : Text.get(result.editingInPlace() ? "window.titleEditInPlace" : "window.title", source.get().getFileName(), Branding.APP_NAME),
                source, result.editInPlaceProperty());
    }

    public BooleanBinding canBeautify() {
        return photo.imageProperty().isNotNull().and(status.busyProperty().not());
    }

    public BooleanBinding canSave() {
        return result.imageProperty().isNotNull().and(status.busyProperty().not()).and(previewShown.not());
    }

    /** The cost of one Beautify with the chosen engine. */
    public StringBinding priceText() {
        return Bindings.createStringBinding(() -> engineKind.get() == EngineKind.LOCAL
                ? Text.get("price.free") : Text.get("price.credits", CreditBalance.CREDITS_PER_JOB), engineKind);
    }

    /**
     * What to tell someone closing the window, if anything. Nothing is lost either way (jobs and results are kept
     * and offered at the next start), but a photographer should not be surprised by that.
     */
    public Optional<String> closeWarning() {
        if (status.working()) {
            return Optional.of(Text.get("quit.working"));
        }
        return result.savedProperty().get() ? Optional.empty() : Optional.of(result.unsavedNotice(true));
    }

    /** What to tell someone opening another photo over a result they have not saved, if anything. */
    public Optional<String> replaceWarning() {
        if (result.imageProperty().get() == null || result.savedProperty().get()) {
            return Optional.empty();
        }
        return Optional.of(result.unsavedNotice(false));
    }

    /** Where background work runs; shared with the Settings dialog's key check. */
    Executor executor() {
        return executor;
    }

    // ---- actions ----

    /** Opens a photo (read only); the previous result is cleared once the new photo is shown. */
    public void open(Path path) {
        open(path, null);
    }

    private void open(Path path, Runnable then) {
        photo.open(path, shown -> {
            result.clear();
            result.amountProperty().set(100);
            edits.startAfresh();
            preparationNotes.set("");
            if (then != null) {
                then.run();
            }
        });
    }

    /**
     * Opens a photo handed over by another editor to be retouched and saved back over it (the launcher's
     * {@code --edit-in-place PHOTO}); Save then says "Save back to PHOTO" and writes nowhere else.
     */
    public void editInPlace(Path target) {
        result.editInPlace(target);
        open(target);
    }

    /** Reading photos and results (for the lists' pictures). */
    BeautifyService photos() {
        return services.beautify();
    }

    /** Face by face in a group photo: the picked face and each face's amount. */
    FacesViewModel faces() {
        return faces;
    }

    /** Undo and redo of the sliders, filter, presets, Amount and the brush. */
    EditHistory edits() {
        return edits;
    }

    /** The result: Save, Save back (edit in place), Discard, Amount and the brush. */
    ResultViewModel result() {
        return result;
    }

    /** Stops the running job: polling ends at once. */
    public void cancel() {
        status.cancel();
    }

    /** Prepares, submits, polls and downloads in the background; the status line follows each step. */
    public void beautify() {
        beautifyAction.run();
    }

    /** Reads the credit balance in the background for the status bar. */
    public void refreshCredits() {
        status.refreshCredits(engines, settings.get());
    }

    /** Applies new settings (already saved by the settings dialog). */
    public void settingsChanged(Settings newSettings) {
        settings.set(newSettings);
        if (status.kindProperty().get() == StatusKind.ERROR) {
            // An error about the key or the address must not outlive the settings that caused it.
            status.show(Text.get("status.settingsSaved"), StatusKind.INFO);
        }
        refreshCredits();
    }

    /** Results from other sessions, and the history's Reopen, Run again and Check now. */
    RecoveryViewModel recovery() {
        return recovery;
    }

    // ---- the other windows ----

    /** The models of the batch, variants and history windows, made from this window's state. */
    ToolWindowModels toolWindows() {
        return new ToolWindowModels(services, executor, adjustments, presets, settings::get, engineKind::get, photo,
                result, status, preview, recovery, beautifyAction, workspace);
    }
}
