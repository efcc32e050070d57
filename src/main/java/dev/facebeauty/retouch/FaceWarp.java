package dev.facebeauty.retouch;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.RgbImage;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.stream.IntStream;

/**
 * The geometry effects of one face, composed into one displacement field, each term in the face's own frame (so a
 * tilted face is slimmed along its own axes) and confined to a narrow band around what it moves:
 * <ul>
 * <li>thin face: the jaw and lower cheek contour pushed toward the face's midline, the push fading inward over a
 *     third of the face and outward within 0.16 of the face's width, so the background beside the cheek hardly
 *     moves;</li>
 * <li>shrink face: the face contracted toward its centre, uniformly inside its outline, fading to nothing within 0.18
 *     of its width outside it;</li>
 * <li>enlarge eye: each eye opening magnified inside an ellipse on its own axis, fading to nothing within less than
 *     the eye's height, so glasses frames and brows stay straight.</li>
 * </ul>
 * The field is built on a coarse grid (it is smooth), checked to be fold-free — the Jacobian determinant of the
 * mapping stays above 0.55 everywhere, the field is scaled down until it does — and applied in one bicubic
 * resampling pass over the face's neighbourhood only.
 */
final class FaceWarp {

    /** Share of the full push along the subject's right jaw, cheek (234) to chin (152); mirrored on the left. */
    private static final double[] JAW_PROFILE = {0, 0.3, 0.65, 0.95, 1.0, 0.9, 0.7, 0.45, 0.25, 0.1, 0};
    static final double MIN_JACOBIAN = 0.55;

    private FaceWarp() {
    }

    /** Each strength 0–1; all zero leaves the image untouched. */
    static void apply(RgbImage image, Face face, double thin, double shrink, double eyes) {
        if (thin <= 0 && shrink <= 0 && eyes <= 0) {
            return;
        }
        Field field = field(face, image.width(), image.height(), thin, shrink, eyes);
        field.limitFolding();
        field.resample(image);
    }

    /** The forward displacement (where content moves) on a grid of {@code step} pixels over a region of the photo. */
    static final class Field {
        final PixelArea region;
        final int step, columns, rows;
        final float[] dx, dy;

        Field(PixelArea region, int step) {
            this.region = region;
            this.step = step;
            this.columns = region.width() / step + 2;
            this.rows = region.height() / step + 2;
            this.dx = new float[columns * rows];
            this.dy = new float[columns * rows];
        }

        double x(int column) {
            return region.x() + column * step;
        }

        double y(int row) {
            return region.y() + row * step;
        }

        /** The smallest Jacobian determinant of the backward mapping x − d(x) over the grid. */
        double minJacobian() {
            double min = 1;
            for (int r = 0; r < rows - 1; r++) {
                for (int c = 0; c < columns - 1; c++) {
                    int i = r * columns + c;
                    double dxx = (dx[i + 1] - dx[i]) / step, dxy = (dx[i + columns] - dx[i]) / step;
                    double dyx = (dy[i + 1] - dy[i]) / step, dyy = (dy[i + columns] - dy[i]) / step;
                    min = Math.min(min, (1 - dxx) * (1 - dyy) - dxy * dyx);
                }
            }
            return min;
        }

        /** Scales the field down until the mapping is fold-free with margin. */
        void limitFolding() {
            for (int attempt = 0; attempt < 12 && minJacobian() < MIN_JACOBIAN; attempt++) {
                for (int i = 0; i < dx.length; i++) {
                    dx[i] *= 0.85f;
                    dy[i] *= 0.85f;
                }
            }
        }

        /** Bilinear displacement at an image position inside the region. */
        void at(double px, double py, float[] out) {
            double gx = (px - region.x()) / step, gy = (py - region.y()) / step;
            int c = Math.min(columns - 2, (int) gx), r = Math.min(rows - 2, (int) gy);
            float ax = (float) (gx - c), ay = (float) (gy - r);
            int i = r * columns + c;
            out[0] = lerp(dx[i], dx[i + 1], dx[i + columns], dx[i + columns + 1], ax, ay);
            out[1] = lerp(dy[i], dy[i + 1], dy[i + columns], dy[i + columns + 1], ax, ay);
        }

        private static float lerp(float a, float b, float c, float d, float ax, float ay) {
            float top = a + (b - a) * ax, bottom = c + (d - c) * ax;
            return top + (bottom - top) * ay;
        }

        void resample(RgbImage image) {
            RgbImage source = image.copy();
            IntStream.range(0, region.height()).parallel().forEach(y -> {
                float[] d = new float[2];
                for (int x = 0; x < region.width(); x++) {
                    int ix = region.x() + x, iy = region.y() + y;
                    at(ix, iy, d);
                    if (Math.abs(d[0]) < 1e-3f && Math.abs(d[1]) < 1e-3f) {
                        continue;
                    }
                    // Content moves by d: the pixel takes what was at x − d.
                    image.pixels()[iy * image.width() + ix] = CatmullRom.sample(source, ix - d[0], iy - d[1]);
                }
            });
        }
    }

    static Field field(Face face, int imageWidth, int imageHeight, double thin, double shrink, double eyes) {
        double width = face.point(234).distance(face.point(454));
        Rectangle2D oval = face.bounds(FaceRegions.FACE_OVAL);
        PixelArea region = PixelArea.around(oval, 0.25 * width, imageWidth, imageHeight);
        // The field is smooth: some 80 grid steps across the face describe it, and keep its cost off the pixel count.
        Field field = new Field(region, Math.max(1, (int) (width / 80)));
        // The face's own axes: u from the subject's right eye to the left, v down the face.
        Point2D r = face.point(FaceRegions.RIGHT_EYE_OUTER), l = face.point(FaceRegions.LEFT_EYE_OUTER);
        double ux = l.getX() - r.getX(), uy = l.getY() - r.getY(), ul = Math.hypot(ux, uy);
        ux /= ul;
        uy /= ul;
        if (thin > 0) {
            slimJaw(face, field, thin, width, ux, uy);
        }
        if (shrink > 0) {
            contractFace(face, field, shrink, width);
        }
        if (eyes > 0) {
            enlargeEye(face, field, FaceRegions.RIGHT_EYE_OUTER, 133, FaceRegions.RIGHT_EYE, eyes);
            enlargeEye(face, field, 362, FaceRegions.LEFT_EYE_OUTER, FaceRegions.LEFT_EYE, eyes);
        }
        return field;
    }

    /** The jaw, cheek to chin to cheek, with the push profile along it. */
    private static void slimJaw(Face face, Field field, double thin, double width, double ux, double uy) {
        int[] right = FaceRegions.JAW_RIGHT, left = FaceRegions.JAW_LEFT;
        int n = right.length + left.length - 1;
        double[] px = new double[n], py = new double[n], weight = new double[n];
        for (int k = 0; k < right.length; k++) {
            px[k] = face.x()[right[k]];
            py[k] = face.y()[right[k]];
            weight[k] = JAW_PROFILE[k];
        }
        for (int k = 1; k < left.length; k++) { // left jaw runs chin to cheek: its profile mirrored
            px[right.length - 1 + k] = face.x()[left[k]];
            py[right.length - 1 + k] = face.y()[left[k]];
            weight[right.length - 1 + k] = JAW_PROFILE[right.length - 1 - k];
        }
        Point2D top = face.point(FaceRegions.BETWEEN_EYES), chin = face.point(FaceRegions.CHIN);
        double push = 0.03 * width * thin, inward = 0.35 * width, outward = 0.16 * width;
        IntStream.range(0, field.rows).parallel().forEach(row -> {
            for (int c = 0; c < field.columns; c++) {
                double x = field.x(c), y = field.y(row);
                Nearest q = nearest(px, py, x, y);
                double w = weight[q.segment] + (weight[q.segment + 1] - weight[q.segment]) * q.t;
                if (w <= 0) {
                    continue;
                }
                // Inward is toward the midline, along the face's horizontal axis.
                double side = Math.signum(sideOf(q.x, q.y, top, chin, ux, uy));
                double dirX = -side * ux, dirY = -side * uy;
                double s = (x - q.x) * dirX + (y - q.y) * dirY; // > 0 inside the face
                double f = s >= 0 ? 1 - SkinMap.smoothstep(0, inward, s) : 1 - SkinMap.smoothstep(0, outward, -s);
                int i = row * field.columns + c;
                field.dx[i] += (float) (push * w * f * dirX);
                field.dy[i] += (float) (push * w * f * dirY);
            }
        });
    }

    /** Which side of the midline (from between the eyes to the chin) a point is, along the face's horizontal axis. */
    private static double sideOf(double x, double y, Point2D top, Point2D chin, double ux, double uy) {
        double vx = chin.getX() - top.getX(), vy = chin.getY() - top.getY();
        double t = ((x - top.getX()) * vx + (y - top.getY()) * vy) / (vx * vx + vy * vy);
        double mx = top.getX() + t * vx, my = top.getY() + t * vy;
        return (x - mx) * ux + (y - my) * uy;
    }

    private static void contractFace(Face face, Field field, double shrink, double width) {
        int[] oval = FaceRegions.FACE_OVAL;
        double[] px = new double[oval.length + 1], py = new double[oval.length + 1];
        for (int k = 0; k <= oval.length; k++) {
            px[k] = face.x()[oval[k % oval.length]];
            py[k] = face.y()[oval[k % oval.length]];
        }
        Path2D outline = Mask.polygon(face.x(), face.y(), oval, 1.0);
        Point2D centre = face.centroid(oval);
        double amount = 0.055 * shrink, outward = 0.18 * width;
        IntStream.range(0, field.rows).parallel().forEach(row -> {
            for (int c = 0; c < field.columns; c++) {
                double x = field.x(c), y = field.y(row);
                double g = 1;
                if (!outline.contains(x, y)) {
                    Nearest q = nearest(px, py, x, y);
                    g = 1 - SkinMap.smoothstep(0, outward, q.distance);
                }
                if (g <= 0) {
                    continue;
                }
                int i = row * field.columns + c;
                field.dx[i] -= (float) (amount * g * (x - centre.getX()));
                field.dy[i] -= (float) (amount * g * (y - centre.getY()));
            }
        });
    }

    private static void enlargeEye(Face face, Field field, int cornerA, int cornerB, int[] opening, double eyes) {
        Point2D a = face.point(cornerA), b = face.point(cornerB);
        Point2D centre = face.centroid(opening);
        double ex = b.getX() - a.getX(), ey = b.getY() - a.getY(), length = Math.hypot(ex, ey);
        ex /= length;
        ey /= length;
        double halfWidth = 0.55 * length;
        double halfHeight = 0;
        for (int index : opening) {
            double across = Math.abs(-(face.x()[index] - centre.getX()) * ey + (face.y()[index] - centre.getY()) * ex);
            halfHeight = Math.max(halfHeight, across);
        }
        halfHeight = Math.max(halfHeight * 1.15, 0.3 * halfWidth);
        double amount = 0.10 * eyes;
        double reach = Math.max(halfWidth, halfHeight) * 2.0;
        for (int row = 0; row < field.rows; row++) {
            double y = field.y(row);
            if (Math.abs(y - centre.getY()) > reach) {
                continue;
            }
            for (int c = 0; c < field.columns; c++) {
                double x = field.x(c);
                double along = (x - centre.getX()) * ex + (y - centre.getY()) * ey;
                double across = -(x - centre.getX()) * ey + (y - centre.getY()) * ex;
                double rho = Math.hypot(along / halfWidth, across / halfHeight);
                double h = 1 - SkinMap.smoothstep(1.0, 2.0, rho);
                if (h <= 0) {
                    continue;
                }
                int i = row * field.columns + c;
                field.dx[i] += (float) (amount * h * (x - centre.getX()));
                field.dy[i] += (float) (amount * h * (y - centre.getY()));
            }
        }
    }

    /** The nearest point of a polyline: its segment, the position along it (0–1), the point and the distance. */
    record Nearest(int segment, double t, double x, double y, double distance) {
    }

    static Nearest nearest(double[] px, double[] py, double x, double y) {
        int bestK = 0;
        double bestT = 0, bestD2 = Double.MAX_VALUE;
        for (int k = 0; k < px.length - 1; k++) {
            double vx = px[k + 1] - px[k], vy = py[k + 1] - py[k];
            double len2 = vx * vx + vy * vy;
            double t = len2 == 0 ? 0 : Math.clamp(((x - px[k]) * vx + (y - py[k]) * vy) / len2, 0, 1);
            double ex = x - px[k] - t * vx, ey = y - py[k] - t * vy;
            double d2 = ex * ex + ey * ey;
            if (d2 < bestD2) {
                bestD2 = d2;
                bestK = k;
                bestT = t;
            }
        }
        double qx = px[bestK] + bestT * (px[bestK + 1] - px[bestK]), qy = py[bestK] + bestT * (py[bestK + 1] - py[bestK]);
        return new Nearest(bestK, bestT, qx, qy, Math.sqrt(bestD2));
    }
}
