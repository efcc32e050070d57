package dev.facebeauty.imaging;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the restore brush has painted the original back over the result: a soft coverage 0–1 kept as the strokes
 * themselves (so they can be undone and redrawn) and as a coverage grid of at most {@link #MAX_SIDE} pixels on the long
 * side, stretched over the photo. Nothing here touches the result's pixels; the grid is only applied when a result
 * is shown or saved, which is what keeps the brush non-destructive.
 * <p>
 * Coverage inside one stroke is the maximum of its dabs, so going over a spot twice within a stroke does not build
 * up; separate strokes add, as with a real brush. An erasing stroke takes coverage away.
 */
public final class RestoreMask {

    public static final int MAX_SIDE = 1024;

    /** One brush dab in photo pixels: centre, radius, and softness 0 (hard edge) to 1 (fades from the centre). */
    public record Dab(double x, double y, double radius, double softness) {
    }

    /** A press-drag-release of the brush. */
    public record Stroke(List<Dab> dabs, boolean erase) {
    }

    private final int photoWidth;
    private final int photoHeight;
    private final int width;
    private final int height;
    private final double scale;
    private final float[] coverage;
    private final List<Stroke> strokes = new ArrayList<>();
    private float[] beforeStroke;
    private float[] strokeCoverage;
    private List<Dab> current;
    private boolean currentErase;

    public RestoreMask(int photoWidth, int photoHeight) {
        this.photoWidth = photoWidth;
        this.photoHeight = photoHeight;
        this.scale = Math.min(1, (double) MAX_SIDE / Math.max(photoWidth, photoHeight));
        this.width = Math.max(1, (int) Math.round(photoWidth * scale));
        this.height = Math.max(1, (int) Math.round(photoHeight * scale));
        this.coverage = new float[width * height];
    }

    /** A copy that later painting does not change (for a save running in the background). */
    public RestoreMask snapshot() {
        RestoreMask copy = new RestoreMask(photoWidth, photoHeight);
        System.arraycopy(coverage, 0, copy.coverage, 0, coverage.length);
        copy.strokes.addAll(strokes);
        return copy;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int photoWidth() {
        return photoWidth;
    }

    public int photoHeight() {
        return photoHeight;
    }

    public boolean isEmpty() {
        return strokes.isEmpty() && current == null;
    }

    public List<Stroke> strokes() {
        return List.copyOf(strokes);
    }

    public void beginStroke(boolean erase) {
        endStroke();
        current = new ArrayList<>();
        currentErase = erase;
        openStroke();
    }

    private void openStroke() {
        beforeStroke = coverage.clone();
        strokeCoverage = new float[coverage.length];
    }

    /**
     * Adds a dab to the stroke in progress and returns the grid cells it changed as {x0, y0, x1, y1} (exclusive), or
     * null when it changed nothing.
     */
    public int[] dab(Dab dab) {
        if (current == null) {
            beginStroke(false);
        }
        current.add(dab);
        return stamp(dab, currentErase);
    }

    public void endStroke() {
        if (current != null && !current.isEmpty()) {
            strokes.add(new Stroke(List.copyOf(current), currentErase));
        }
        current = null;
        beforeStroke = null;
        strokeCoverage = null;
    }

    /** Returns to {@code kept}: these strokes and no others, the coverage redrawn from them. */
    public void restore(List<Stroke> kept) {
        endStroke();
        strokes.clear();
        strokes.addAll(kept);
        redraw();
    }

    /** Takes the last stroke back; false when there was none. */
    public boolean undo() {
        endStroke();
        if (strokes.isEmpty()) {
            return false;
        }
        strokes.removeLast();
        redraw();
        return true;
    }

    public void clear() {
        endStroke();
        strokes.clear();
        java.util.Arrays.fill(coverage, 0);
    }

    /** Coverage at a grid cell, 0–1. */
    public float at(int gx, int gy) {
        return coverage[gy * width + gx];
    }

    /** Coverage at a point of an image of {@code w × h} covering the same photo, bilinear between grid cells. */
    public double sample(double x, double y, int w, int h) {
        double gx = (x + 0.5) * width / w - 0.5, gy = (y + 0.5) * height / h - 0.5;
        int x0 = (int) Math.floor(gx), y0 = (int) Math.floor(gy);
        double fx = gx - x0, fy = gy - y0;
        double top = lerp(cell(x0, y0), cell(x0 + 1, y0), fx);
        double bottom = lerp(cell(x0, y0 + 1), cell(x0 + 1, y0 + 1), fx);
        return lerp(top, bottom, fy);
    }

    private float cell(int gx, int gy) {
        return coverage[Math.clamp(gy, 0, height - 1) * width + Math.clamp(gx, 0, width - 1)];
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private void redraw() {
        java.util.Arrays.fill(coverage, 0);
        for (Stroke stroke : strokes) {
            openStroke();
            stroke.dabs().forEach(d -> stamp(d, stroke.erase()));
        }
        beforeStroke = null;
        strokeCoverage = null;
    }

    /** Within a stroke: strength = max over its dabs; applied over the coverage before the stroke began. */
    private int[] stamp(Dab dab, boolean erase) {
        double cx = dab.x() * scale, cy = dab.y() * scale, r = Math.max(0.5, dab.radius() * scale);
        // Full strength out to the inner radius, then a smooth fall to zero at r.
        double inner = r * (1 - Math.clamp(dab.softness(), 0, 1));
        int x0 = Math.max(0, (int) Math.floor(cx - r)), x1 = Math.min(width, (int) Math.ceil(cx + r) + 1);
        int y0 = Math.max(0, (int) Math.floor(cy - r)), y1 = Math.min(height, (int) Math.ceil(cy + r) + 1);
        if (x0 >= x1 || y0 >= y1) {
            return null;
        }
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                if (d >= r) {
                    continue;
                }
                double t = d <= inner ? 1 : 1 - smoothstep((d - inner) / (r - inner));
                int i = y * width + x;
                if (t <= strokeCoverage[i]) {
                    continue;
                }
                strokeCoverage[i] = (float) t;
                float base = beforeStroke[i];
                coverage[i] = (float) (erase ? base * (1 - t) : base + (1 - base) * t);
            }
        }
        return new int[] {x0, y0, x1, y1};
    }

    private static double smoothstep(double t) {
        return t * t * (3 - 2 * t);
    }
}
