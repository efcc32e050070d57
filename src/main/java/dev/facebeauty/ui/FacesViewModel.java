package dev.facebeauty.ui;

import dev.facebeauty.face.Face;
import dev.facebeauty.model.FaceAmounts;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/**
 * Face by face in a group photo: which face is picked, and each face's amount (0 leaves it out). A new photo starts
 * with every face in full. Batches and presets do not use this: they always retouch every face.
 */
final class FacesViewModel {

    private final ReadOnlyObjectProperty<List<Face>> faces;
    private final ObjectProperty<FaceAmounts> amounts = new SimpleObjectProperty<>(FaceAmounts.ALL);
    private final IntegerProperty picked = new SimpleIntegerProperty(-1);

    FacesViewModel(ReadOnlyObjectProperty<List<Face>> faces) {
        this.faces = faces;
        faces.addListener((obs, old, now) -> {
            amounts.set(FaceAmounts.ALL);
            picked.set(-1);
        });
    }

    /** Each face's amount; changes re-render the preview and are steps to undo. */
    ObjectProperty<FaceAmounts> amountsProperty() {
        return amounts;
    }

    /** The face picked on the original (its number minus one), or -1. */
    IntegerProperty pickedProperty() {
        return picked;
    }

    int count() {
        return faces.get() == null ? 0 : faces.get().size();
    }

    /** A click on a face: picks it, and a second click on the picked face leaves it out (or puts it back). */
    void clicked(int index) {
        if (picked.get() == index) {
            setAmount(index, amounts.get().of(index) == 0 ? 100 : 0);
        } else {
            picked.set(index);
        }
    }

    void setAmount(int index, int percent) {
        amounts.set(amounts.get().with(index, percent, count()));
    }

    /** The next face (or the previous, {@code step} −1), round the group. */
    void pickNext(int step) {
        int n = count();
        if (n > 0) {
            picked.set(Math.floorMod((picked.get() < 0 && step < 0 ? 0 : picked.get()) + step, n));
        }
    }

    /** The middle of face {@code index} (the first when none is picked), in the photo's pixels; null without faces. */
    javafx.geometry.Point2D centre(int index) {
        List<Face> list = faces.get();
        if (list == null || list.isEmpty()) {
            return null;
        }
        java.awt.geom.Rectangle2D box = list.get(Math.clamp(index, 0, list.size() - 1)).box();
        return new javafx.geometry.Point2D(box.getCenterX(), box.getCenterY());
    }
}
