package dev.facebeauty.ui;

import dev.facebeauty.engine.PreviewPhoto;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.ui.common.FxImages;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.scene.image.Image;
import javafx.util.Duration;

import java.util.concurrent.Executor;

/**
 * The built-in engine's screen-sized preview while the sliders move. Requests are debounced; at most one render
 * runs at a time and the newest request waits behind it (older ones are dropped), so dragging a slider never queues
 * work and the last position is always the one shown. Everything but the render itself happens on the FX thread.
 */
final class LivePreview {

    static final Duration DEBOUNCE = Duration.millis(40);

    private final Executor executor;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();

    private PreviewPhoto base;
    /** Each face's amount in a group photo, read when a render starts. */
    private java.util.function.Supplier<dev.facebeauty.model.FaceAmounts> faceAmounts = () -> dev.facebeauty.model.FaceAmounts.ALL;
    private BeautyParameters pending;
    private Task<Image> running;
    private long photoGeneration;

    LivePreview(Executor executor) {
        this.executor = executor;
        debounce.setOnFinished(e -> startNext());
    }

    /** The photo to preview; clears the old preview. */
    void setPhoto(PreviewPhoto photo) {
        photoGeneration++;
        base = photo;
        pending = null;
        image.set(null);
    }

    /**
     * Drops any preview waiting or being rendered, and hides the one shown; the photo stays. Called when a full
     * result is made, so that a preview of the settings it was made with cannot cover it.
     */
    void supersede() {
        photoGeneration++;
        pending = null;
        debounce.stop();
        image.set(null);
    }

    /** Where each face's amount comes from (the window's face-by-face choice). */
    void faceAmounts(java.util.function.Supplier<dev.facebeauty.model.FaceAmounts> source) {
        this.faceAmounts = source;
    }

    void clear() {
        setPhoto(null);
        debounce.stop();
    }

    /** Asks for a preview of these settings; does nothing until a photo is set. */
    void request(BeautyParameters parameters) {
        if (base == null) {
            return;
        }
        pending = parameters;
        debounce.playFromStart();
    }

    ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** Whether a render is running or waiting (tests wait for this to settle). */
    boolean working() {
        return running != null || pending != null;
    }

    private void startNext() {
        if (running != null || pending == null || base == null) {
            return;
        }
        BeautyParameters parameters = pending;
        dev.facebeauty.model.FaceAmounts amounts = faceAmounts.get();
        pending = null;
        PreviewPhoto photo = base;
        long generation = photoGeneration;
        Task<Image> task = new Task<>() {
            @Override
            protected Image call() {
                return FxImages.toFx(photo.render(parameters, amounts));
            }
        };
        task.setOnSucceeded(e -> finished(generation, task.getValue()));
        task.setOnFailed(e -> finished(generation, null));
        running = task;
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            running = null; // the window is closing and its workers are gone: there is nobody to show a preview to
        }
    }

    private void finished(long generation, Image rendered) {
        running = null;
        if (generation == photoGeneration && rendered != null) {
            image.set(rendered);
        }
        startNext();
    }
}
