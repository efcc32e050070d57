package dev.facebeauty.ui;

import dev.facebeauty.imaging.RestoreMask;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.nio.IntBuffer;

/**
 * The restore brush: paints the original back over the result where the retouch went too far. Keeps a
 * {@link RestoreMask} for the shown result and a picture of it (white, alpha = coverage) that the compare view uses
 * as the clip of the original drawn over the result. Size is in screen pixels, as the circle under the pointer shows
 * it; the view converts to photo pixels at the current zoom. FX thread only.
 */
public final class RestoreBrush {

    public static final int MIN_SIZE = 4;
    public static final int MAX_SIZE = 400;

    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final IntegerProperty size = new SimpleIntegerProperty(80);
    private final IntegerProperty softness = new SimpleIntegerProperty(60);
    private final BooleanProperty erase = new SimpleBooleanProperty(false);
    private final BooleanProperty showMask = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper painted = new ReadOnlyBooleanWrapper(false);
    /** Counts finished edits (strokes, undo, clear), so the window knows the result changed since it was saved. */
    private final ReadOnlyIntegerWrapper edits = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<WritableImage> maskImage = new ReadOnlyObjectWrapper<>();
    private RestoreMask mask;
    private double lastX = Double.NaN;
    private double lastY;

    /** On while the pointer paints instead of panning or moving the split divider. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Brush diameter in screen pixels. */
    public IntegerProperty sizeProperty() {
        return size;
    }

    /** 0 = hard edge, 100 = fades from the centre out. */
    public IntegerProperty softnessProperty() {
        return softness;
    }

    /** Shows where the brush painted, tinted over the result (key M), as Lightroom's mask overlay does. */
    public BooleanProperty showMaskProperty() {
        return showMask;
    }

    /** Paint the retouch back (erase restored areas) instead of the original. Alt held while painting does the same. */
    public BooleanProperty eraseProperty() {
        return erase;
    }

    /** True while any restored area exists; Save then writes the blend. */
    public ReadOnlyBooleanProperty paintedProperty() {
        return painted.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    /** The coverage as an image (white, alpha = coverage), or null when there is no result to paint on. */
    public ReadOnlyObjectProperty<WritableImage> maskImageProperty() {
        return maskImage.getReadOnlyProperty();
    }

    /** The mask to apply on Save, or null when nothing was painted. */
    public RestoreMask mask() {
        return mask == null || mask.isEmpty() ? null : mask;
    }

    /** A fresh, empty mask for a new result of a photo of this size; null size (no result) switches the brush off. */
    public void reset(int photoWidth, int photoHeight) {
        if (photoWidth <= 0 || photoHeight <= 0) {
            mask = null;
            maskImage.set(null);
            active.set(false);
        } else {
            mask = new RestoreMask(photoWidth, photoHeight);
            maskImage.set(new WritableImage(mask.width(), mask.height()));
        }
        painted.set(false);
    }

    /** Starts a stroke at a point of the photo (in its pixels); {@code photoPerScreen} converts the brush size. */
    public void press(double x, double y, double photoPerScreen, boolean altDown) {
        if (mask == null) {
            return;
        }
        mask.beginStroke(erase.get() != altDown);
        lastX = Double.NaN;
        drag(x, y, photoPerScreen);
    }

    /** Continues the stroke, with dabs a quarter of the radius apart so a fast drag leaves no gaps. */
    public void drag(double x, double y, double photoPerScreen) {
        if (mask == null) {
            return;
        }
        double radius = size.get() / 2.0 * photoPerScreen;
        double softnessFraction = softness.get() / 100.0;
        if (Double.isNaN(lastX)) {
            paint(new RestoreMask.Dab(x, y, radius, softnessFraction));
        } else {
            double distance = Math.hypot(x - lastX, y - lastY);
            int steps = Math.max(1, (int) Math.ceil(distance / Math.max(1, radius / 4)));
            for (int i = 1; i <= steps; i++) {
                double t = (double) i / steps;
                paint(new RestoreMask.Dab(lastX + (x - lastX) * t, lastY + (y - lastY) * t, radius, softnessFraction));
            }
        }
        lastX = x;
        lastY = y;
    }

    public void release() {
        if (mask != null) {
            mask.endStroke();
            painted.set(!mask.isEmpty());
            edits.set(edits.get() + 1);
        }
    }

    public void undo() {
        if (mask != null && mask.undo()) {
            redrawAll();
        }
    }

    /** The strokes on the current result (none without one), for the edit history. */
    public java.util.List<RestoreMask.Stroke> strokes() {
        return mask == null ? java.util.List.of() : mask.strokes();
    }

    /** Returns the current result's mask to {@code strokes} (an undo or redo); nothing without a result. */
    public void restore(java.util.List<RestoreMask.Stroke> strokes) {
        if (mask != null && !mask.strokes().equals(strokes)) {
            mask.restore(strokes);
            redrawAll();
        }
    }

    public void clear() {
        if (mask != null) {
            mask.clear();
            redrawAll();
        }
    }

    private void paint(RestoreMask.Dab dab) {
        int[] changed = mask.dab(dab);
        if (changed != null) {
            redraw(changed[0], changed[1], changed[2], changed[3]);
        }
        painted.set(true);
    }

    private void redrawAll() {
        redraw(0, 0, mask.width(), mask.height());
        painted.set(!mask.isEmpty());
        edits.set(edits.get() + 1);
    }

    private void redraw(int x0, int y0, int x1, int y1) {
        int w = x1 - x0, h = y1 - y0;
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int alpha = Math.round(mask.at(x0 + x, y0 + y) * 255);
                argb[y * w + x] = alpha << 24 | 0xFFFFFF;
            }
        }
        maskImage.get().getPixelWriter().setPixels(x0, y0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), w);
    }
}
