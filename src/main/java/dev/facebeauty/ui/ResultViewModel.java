package dev.facebeauty.ui;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.RestoreMask;
import dev.facebeauty.io.FileIdentity;
import dev.facebeauty.jobs.JobOutcome;
import dev.facebeauty.jobs.ResultExport;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.UserMessages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.image.Image;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The result: the engine's file as it came, the picture shown, its caption, Amount and the restore brush over it,
 * whether it is saved — and Save, Save back (edit in place) and Discard. The original photo is never written, except
 * by Save back when the app was started to edit that photo in place.
 */
final class ResultViewModel {

    /** The result bytes exactly as the engine produced them, with what identifies them. */
    record ResultData(byte[] bytes, ImageFormat format, Optional<String> taskId, Path source, boolean sameColourSpace,
                      Optional<java.awt.image.BufferedImage> pixels) {
    }

    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    /** How much of the retouch is kept, 0–100 %: applied to what is shown and to what Save writes. */
    private final IntegerProperty amount = new SimpleIntegerProperty(100);
    private final RestoreBrush restoreBrush = new RestoreBrush();
    private final BooleanProperty saved = new SimpleBooleanProperty(true);
    /** The photo an editor (Lightroom, Capture One) handed over to be saved back to, when started that way. */
    private final ObjectProperty<Path> editInPlace = new SimpleObjectProperty<>();
    private final AppServices services;
    private final StatusLine status;
    private final PhotoViewModel photo;
    private final Workspace workspace;
    private final Supplier<Settings> settings;
    private final java.util.concurrent.Executor background;
    private ResultData data;

    /** The shown result's own pixels, before Amount and the brush (for tests and the face-by-face check). */
    Optional<java.awt.image.BufferedImage> pixels() {
        return data == null ? Optional.empty() : data.pixels();
    }

    ResultViewModel(AppServices services, java.util.concurrent.Executor background, StatusLine status, PhotoViewModel photo,
                    Workspace workspace, Supplier<Settings> settings) {
        this.services = services;
        this.background = background;
        this.status = status;
        this.photo = photo;
        this.workspace = workspace;
        this.settings = settings;
        // Each new result starts with nothing restored; the brush paints in the original's pixels.
        image.addListener((obs, old, picture) -> {
            DecodedImage d = photo.decoded();
            restoreBrush.reset(picture == null || d == null ? 0 : d.width(), picture == null || d == null ? 0 : d.height());
        });
        // A changed blend is a different file than the one saved.
        restoreBrush.editsProperty().addListener(o -> saved.set(image.get() == null));
        amount.addListener(o -> saved.set(image.get() == null));
    }

    /** Makes a finished job the result, ready to compare and save. */
    void show(JobOutcome outcome, Image picture, DecodedImage pixels, Path path, boolean cloud) {
        // The cloud works on the stored values of a file sent unchanged, so its result is in that file's colour space.
        boolean sameColourSpace = cloud && outcome.upload().unchanged();
        data = new ResultData(outcome.result().bytes(), outcome.result().format(), outcome.taskId(), path, sameColourSpace,
                Optional.of(pixels.image()));
        image.set(picture);
        saved.set(false);
        info.set(outcome.result().engineName() + " · " + Text.get("caption.size", pixels.width(), pixels.height(),
                outcome.result().format()) + outcome.taskId().map(id -> " · " + Text.get("caption.task", id)).orElse("")
                + outcome.result().note().map(note -> " · " + note).orElse(""));
    }

    /** Shows a result kept from earlier (recovered, reopened) with its own caption. */
    void showKept(ResultData kept, Image picture, String caption, boolean alreadySaved) {
        data = kept;
        amount.set(100);
        image.set(picture);
        saved.set(alreadySaved);
        info.set(caption);
    }

    void clear() {
        data = null;
        image.set(null);
        info.set("");
        saved.set(true);
    }

    /** Throws the shown result away (and its kept copy). */
    void discard() {
        if (data != null) {
            // The journal and the kept copy are files: changed in the background, never while the window waits.
            data.taskId().ifPresent(id -> background.execute(() -> services.beautify().discard(id)));
        }
        clear();
    }

    /** Whether saving to {@code target} would replace the photo that was opened. */
    boolean wouldOverwriteOriginal(Path target) {
        return data != null && FileIdentity.sameFile(data.source(), target);
    }

    /** The name offered in the Save dialog: NAME_beauty.EXT next to the original. */
    String suggestedFileName() {
        if (data == null) {
            return "result.jpg";
        }
        String name = data.source().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "_beauty." + data.format().extension();
    }

    private ResultExport.Edits edits(boolean photoShown) {
        RestoreMask restored = !photoShown || restoreBrush.mask() == null ? null : restoreBrush.mask().snapshot();
        return new ResultExport.Edits(amount.get() / 100.0, restored);
    }

    /** Writes the result; never over the original photo, whatever path leads to it. */
    void save(Path target) {
        if (data == null || status.isBusy()) {
            return;
        }
        if (wouldOverwriteOriginal(target)) {
            status.show(Text.get("save.wouldReplaceOriginal"), StatusKind.ERROR);
            return;
        }
        ResultData result = data;
        Optional<DecodedImage> original = Optional.ofNullable(photo.decoded()).filter(d -> result.source().equals(photo.sourceProperty().get()));
        ResultExport.Edits edits = original.isPresent() ? edits(true) : ResultExport.Edits.NONE;
        Settings now = settings.get();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage(Text.get("save.saving", target.getFileName()));
                services.beautify().export().save(result.bytes(), result.pixels(), result.format(), original, edits, target, now.metadata(),
                        now.jpegQualityFraction(), result.sameColourSpace());
                result.taskId().ifPresent(id -> services.beautify().markSaved(id, target)); // the journal, off the FX thread
                return target;
            }
        };
        task.messageProperty().addListener((obs, old, m) -> status.show(m, StatusKind.BUSY));
        task.setOnSucceeded(e -> {
            saved.set(true);
            workspace.saved(target);
            status.show(Text.get("save.saved", target), StatusKind.SUCCESS);
        });
        task.setOnFailed(e -> status.show(Text.get("save.failed", UserMessages.describe(task.getException())), StatusKind.ERROR));
        status.start(task);
    }

    // ---- edit in place ----

    /** Makes {@code photo} the one Save writes back over (the launcher's {@code --edit-in-place PHOTO}). */
    void editInPlace(Path target) {
        editInPlace.set(target.toAbsolutePath());
    }

    /** Whether the open photo is the one handed over to be saved back to. */
    boolean editingInPlace() {
        Path target = editInPlace.get();
        Path open = photo.sourceProperty().get();
        return target != null && open != null && FileIdentity.sameFile(open, target);
    }

    /** "Save back to edit.tif" when editing in place, else "Save…". */
    StringBinding saveLabel() {
        return Bindings.createStringBinding(() -> editingInPlace() ? Text.get("save.backTo", editInPlace.get().getFileName())
                : Text.get("save.button"), photo.sourceProperty(), editInPlace);
    }

    ObjectProperty<Path> editInPlaceProperty() {
        return editInPlace;
    }

    /** The question asked before saving back: what will be replaced, and exactly with what, format by format. */
    String saveBackQuestion() {
        DecodedImage d = photo.decoded();
        String key = d == null ? "save.backQuestion" : switch (d.format()) {
            case TIFF -> "save.backQuestionTiff";
            case JPEG -> "save.backQuestionJpeg";
            case PNG -> "save.backQuestionPng";
            default -> "save.backQuestion";
        };
        return Text.get(key, editInPlace.get(), settings.get().jpegQuality());
    }

    /** Writes the result (with Amount and the restore brush) back over the photo handed over; only when editing in place. */
    void saveBack() {
        DecodedImage original = photo.decoded();
        if (data == null || status.isBusy() || !editingInPlace() || original == null) {
            return;
        }
        Path target = editInPlace.get();
        ResultData result = data;
        ResultExport.Edits edits = edits(true);
        float quality = settings.get().jpegQualityFraction();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage(Text.get("save.savingBack", target.getFileName()));
                try {
                    services.beautify().export().saveBack(result.bytes(), result.pixels(), original, edits, target, quality);
                } catch (IllegalArgumentException refused) {
                    throw new UserMessages.UserFacingException(refused.getMessage());
                }
                result.taskId().ifPresent(id -> services.beautify().markSaved(id, target));
                return target;
            }
        };
        task.messageProperty().addListener((obs, old, m) -> status.show(m, StatusKind.BUSY));
        task.setOnSucceeded(e -> {
            saved.set(true);
            status.show(Text.get("save.savedBack", target), StatusKind.SUCCESS);
        });
        task.setOnFailed(e -> status.show(Text.get("save.failed", UserMessages.describe(task.getException())), StatusKind.ERROR));
        status.start(task);
    }

    /**
     * The truth about an unsaved result: a cloud job's result is kept and offered again (the Amount and brush work on
     * it are not); a built-in or cached result is not kept at all, but making it again costs nothing.
     */
    String unsavedNotice(boolean quitting) {
        boolean kept = data != null && data.taskId().isPresent();
        return Text.get(kept ? (quitting ? "unsaved.keptQuit" : "unsaved.keptOpen")
                : (quitting ? "unsaved.lostQuit" : "unsaved.lostOpen"));
    }

    ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    IntegerProperty amountProperty() {
        return amount;
    }

    RestoreBrush restoreBrush() {
        return restoreBrush;
    }

    BooleanProperty savedProperty() {
        return saved;
    }
}
