package dev.facebeauty.face;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * One face found in a photo: MediaPipe Face Mesh's 468 landmarks in image pixels ({@code x[i], y[i]}; see
 * {@link FaceRegions} for which index is what), the detector's box and score, the mesh's face-presence confidence,
 * and the roll angle (radians, eyes' line against the horizontal).
 */
public record Face(Rectangle2D box, float detectionScore, float presence, double roll, float[] x, float[] y) {

    public static final int LANDMARKS = 468;

    public Point2D point(int index) {
        return new Point2D.Double(x[index], y[index]);
    }

    /** The mean of some landmarks. */
    public Point2D centroid(int[] indices) {
        double sx = 0, sy = 0;
        for (int i : indices) {
            sx += x[i];
            sy += y[i];
        }
        return new Point2D.Double(sx / indices.length, sy / indices.length);
    }

    /** The bounding box of all landmarks. */
    public Rectangle2D bounds() {
        return bounds(null);
    }

    /** The bounding box of some landmarks (all when {@code indices} is null). */
    public Rectangle2D bounds(int[] indices) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        int n = indices == null ? LANDMARKS : indices.length;
        for (int k = 0; k < n; k++) {
            int i = indices == null ? k : indices[k];
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    /** The same face in an image scaled by {@code factor} (e.g. a screen-sized preview). */
    public Face scaled(double factor) {
        float[] sx = new float[LANDMARKS], sy = new float[LANDMARKS];
        for (int i = 0; i < LANDMARKS; i++) {
            sx[i] = (float) (x[i] * factor);
            sy[i] = (float) (y[i] * factor);
        }
        Rectangle2D b = new Rectangle2D.Double(box.getX() * factor, box.getY() * factor, box.getWidth() * factor,
                box.getHeight() * factor);
        return new Face(b, detectionScore, presence, roll, sx, sy);
    }

    /** Distance between the outer eye corners: the face's natural length unit. */
    public double eyeSpan() {
        return point(FaceRegions.RIGHT_EYE_OUTER).distance(point(FaceRegions.LEFT_EYE_OUTER));
    }
}
