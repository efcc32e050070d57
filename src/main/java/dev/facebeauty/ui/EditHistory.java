package dev.facebeauty.ui;

import dev.facebeauty.imaging.RestoreMask;
import dev.facebeauty.model.Adjustment;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FaceAmounts;
import dev.facebeauty.text.Text;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Supplier;

/**
 * Undo and redo for everything the photographer sets on a photo: the sliders, the filter, a preset, Reset all, Amount
 * and the restore brush. Each change is a step named for what changed; a slider or Amount dragged on is one step, not
 * one per value. Opening another photo starts afresh.
 */
final class EditHistory {

    /** Everything a step returns to. */
    record State(BeautyParameters parameters, int amount, List<RestoreMask.Stroke> strokes, FaceAmounts faces) {
    }

    /** One step: its name ("Smoothing", "Preset: Natural") and where it leaves the photo. */
    record Step(String label, State state) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The most steps kept; the oldest go first. */
    static final int MAX_STEPS = 200;

    private final AdjustmentsViewModel adjustments;
    private final IntegerProperty amount;
    private final RestoreBrush brush;
    private final ObjectProperty<FaceAmounts> faces;
    private final Supplier<String> presetShown;
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(0);
    private boolean applying;
    /** Set while Reset all runs, so its step is named for it (its values are the Natural preset's too). */
    private boolean resetting;

    EditHistory(AdjustmentsViewModel adjustments, IntegerProperty amount, RestoreBrush brush, ObjectProperty<FaceAmounts> faces,
                Supplier<String> presetShown) {
        this.faces = faces;
        this.adjustments = adjustments;
        this.amount = amount;
        this.brush = brush;
        this.presetShown = presetShown;
        startAfresh();
        adjustments.onChange(this::changed);
        amount.addListener((obs, old, value) -> changed());
        brush.editsProperty().addListener((obs, old, value) -> changed());
        faces.addListener((obs, old, value) -> changed());
    }

    /** Forgets every step: a new photo begins with its own history. */
    void startAfresh() {
        steps.setAll(new Step(Text.get("edit.start"), current()));
        position.set(0);
    }

    /**
     * A new result came (Beautify, a variant, a recovered job): the brush starts empty on it, so no step can return to
     * strokes painted on the one before.
     */
    void forgetStrokes() {
        steps.replaceAll(step -> new Step(step.label(), new State(step.state().parameters(), step.state().amount(), List.of(),
                step.state().faces())));
    }

    /** The steps, oldest first; the first is where the photo started. */
    ObservableList<Step> steps() {
        return steps;
    }

    /** Which step the photo is at now. */
    ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    BooleanBinding canUndo() {
        return position.greaterThan(0);
    }

    BooleanBinding canRedo() {
        return Bindings.createBooleanBinding(() -> position.get() < steps.size() - 1, position, steps);
    }

    /** "Undo Smoothing", or "Undo" with nothing to undo. */
    StringBinding undoLabel() {
        return Bindings.createStringBinding(() -> position.get() > 0
                ? Text.get("edit.undoStep", steps.get(position.get()).label()) : Text.get("edit.undo"), position, steps);
    }

    StringBinding redoLabel() {
        return Bindings.createStringBinding(() -> position.get() < steps.size() - 1
                ? Text.get("edit.redoStep", steps.get(position.get() + 1).label()) : Text.get("edit.redo"), position, steps);
    }

    /** Reset all, as one step named for it. */
    void resetAll() {
        resetting = true;
        try {
            adjustments.resetAll();
        } finally {
            resetting = false;
        }
    }

    void undo() {
        if (position.get() > 0) {
            goTo(position.get() - 1);
        }
    }

    void redo() {
        if (position.get() < steps.size() - 1) {
            goTo(position.get() + 1);
        }
    }

    /** Returns to step {@code index} (the Steps menu), keeping the later ones to redo. */
    void goTo(int index) {
        State target = steps.get(index).state();
        applying = true;
        try {
            adjustments.set(target.parameters());
            amount.set(target.amount());
            brush.restore(target.strokes());
            faces.set(target.faces());
        } finally {
            applying = false;
        }
        position.set(index);
    }

    private State current() {
        return new State(adjustments.parameters(), amount.get(), brush.strokes(), faces.get());
    }

    private void changed() {
        if (applying) {
            return;
        }
        State now = current();
        State before = steps.get(position.get()).state();
        if (now.equals(before)) {
            return;
        }
        String label = describe(before, now);
        steps.remove(position.get() + 1, steps.size()); // a new change ends what could be redone
        Step last = steps.get(position.get());
        boolean continuing = position.get() > 0 && last.label().equals(label) && draggable(before, now);
        if (continuing) {
            steps.set(position.get(), new Step(label, now)); // still the same drag: one step
            return;
        }
        steps.add(new Step(label, now));
        if (steps.size() > MAX_STEPS) {
            steps.remove(1); // the oldest change; the photo's starting point stays
        }
        position.set(steps.size() - 1);
    }

    /** A change of one slider's value or of Amount: what a drag makes many of, in a row. */
    private static boolean draggable(State before, State now) {
        return before.parameters().filter().equals(now.parameters().filter()) && before.strokes().equals(now.strokes());
    }

    private String describe(State before, State now) {
        if (!before.strokes().equals(now.strokes())) {
            return Text.get(now.strokes().isEmpty() ? "edit.brushCleared" : "edit.brush");
        }
        if (!before.faces().equals(now.faces())) {
            int numbered = Math.max(before.faces().percents().size(), now.faces().percents().size());
            int face = java.util.stream.IntStream.range(0, numbered).filter(i -> before.faces().of(i) != now.faces().of(i))
                    .findFirst().orElse(0);
            return Text.get("edit.face", face + 1);
        }
        if (before.amount() != now.amount()) {
            return Text.get("amount.label");
        }
        BeautyParameters a = before.parameters(), b = now.parameters();
        List<Adjustment> moved = java.util.Arrays.stream(Adjustment.values()).filter(x -> a.value(x) != b.value(x)).toList();
        boolean filter = !a.filter().equals(b.filter());
        if (moved.size() == 1 && !filter) {
            return moved.getFirst().label();
        }
        if (moved.isEmpty()) {
            return Text.get("edit.filter", b.filter().map(f -> f.label()).orElseGet(() -> Text.get("filter.none")));
        }
        if (resetting) {
            return Text.get("adjustments.resetAll");
        }
        String preset = presetShown.get();
        return preset.isEmpty() ? Text.get("edit.several") : Text.get("edit.preset", preset);
    }
}
