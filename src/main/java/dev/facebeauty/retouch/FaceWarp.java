package dev.facebeauty.retouch;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.RgbImage;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * The geometry effects of one face, composed into one displacement field and applied in a single bilinear resampling
 * pass (one pass, so no blur builds up):
 * <ul>
 * <li>thin face: the jaw and cheek contour pushed toward the face's midline by local translations (the "forward
 *     warp" of liquify tools), strongest at the lower cheeks;</li>
 * <li>shrink face: a smooth radial contraction of the whole face toward its centre;</li>
 * <li>enlarge eye: a smooth radial magnification centred on each eye.</li>
 * </ul>
 * Every term falls to zero (with zero slope) at its radius, so there are no seams, and the field is only evaluated in
 * a region around the face: the rest of the photo is not resampled at all.
 */
final class FaceWarp {

    /** Jaw control points, pairs mirrored across the face, with the share of the full push each gets. */
    private static final int[][] JAW_PAIRS = {{93, 323}, {132, 361}, {58, 288}, {172, 397}, {136, 365}, {150, 379}};
    private static final double[] JAW_WEIGHTS = {0.35, 0.7, 1.0, 1.0, 0.85, 0.5};

    private FaceWarp() {
    }

    /** Each strength 0–1; all zero leaves the image untouched. */
    static void apply(RgbImage image, Face face, double thin, double shrink, double eyes) {
        if (thin <= 0 && shrink <= 0 && eyes <= 0) {
            return;
        }
        double faceWidth = face.point(234).distance(face.point(454));
        double faceHeight = face.point(FaceRegions.FOREHEAD_TOP).distance(face.point(FaceRegions.CHIN));
        Point2D centre = face.centroid(FaceRegions.FACE_OVAL);
        double shrinkRadius = 0.75 * Math.max(faceWidth, faceHeight);
        double jawRadius = 0.28 * faceWidth;
        Rectangle2D reach = new Rectangle2D.Double(centre.getX() - shrinkRadius, centre.getY() - shrinkRadius,
                2 * shrinkRadius, 2 * shrinkRadius).createUnion(face.bounds(FaceRegions.FACE_OVAL));
        Region region = Region.around(reach, jawRadius, image.width(), image.height());

        float[] dx = new float[region.size()], dy = new float[region.size()];
        if (thin > 0) {
            slimJaw(face, region, dx, dy, thin, faceWidth);
        }
        if (shrink > 0) {
            scale(region, dx, dy, centre, shrinkRadius, -0.10 * shrink);
        }
        if (eyes > 0) {
            for (int[] eye : new int[][]{FaceRegions.RIGHT_EYE, FaceRegions.LEFT_EYE}) {
                Rectangle2D bounds = face.bounds(eye);
                double radius = 1.25 * Math.max(bounds.getWidth(), bounds.getHeight() * 2);
                scale(region, dx, dy, face.centroid(eye), radius, 0.22 * eyes);
            }
        }
        resample(image, region, dx, dy);
    }

    /**
     * Moves the jaw and cheek contour toward the face's midline (the line from between the eyes to the chin). Each
     * control point carries its push over a disc with weight (1 − d²/r²)²; where discs overlap, the pushes are
     * averaged by their weights rather than added, so the contour moves by at most the push and stays smooth.
     */
    private static void slimJaw(Face face, Region region, float[] dx, float[] dy, double thin, double faceWidth) {
        double radius = 0.28 * faceWidth;
        float[] sumW = new float[region.size()], sumX = new float[region.size()], sumY = new float[region.size()];
        Point2D top = face.point(FaceRegions.BETWEEN_EYES), chin = face.point(FaceRegions.CHIN);
        for (int k = 0; k < JAW_PAIRS.length; k++) {
            for (int index : JAW_PAIRS[k]) {
                Point2D c = face.point(index);
                Point2D target = closestOnLine(c, top, chin);
                double dist = c.distance(target);
                if (dist < 1e-6) {
                    continue;
                }
                double push = thin * JAW_WEIGHTS[k] * 0.07 * faceWidth;
                double mx = (target.getX() - c.getX()) / dist * push, my = (target.getY() - c.getY()) / dist * push;
                double r2 = radius * radius;
                forEachWithin(region, c, radius, (i, ex, ey, d2) -> {
                    double w = 1 - d2 / r2;
                    w *= w;
                    sumW[i] += (float) w;
                    sumX[i] += (float) (w * mx);
                    sumY[i] += (float) (w * my);
                });
            }
        }
        for (int i = 0; i < sumW.length; i++) {
            if (sumW[i] > 0) {
                float norm = Math.max(1, sumW[i]);
                // Content moves by m: the pixel samples from where that content was, i.e. x − m.
                dx[i] -= sumX[i] / norm;
                dy[i] -= sumY[i] / norm;
            }
        }
    }

    /**
     * Radial scaling about {@code c}: magnification {@code a} &gt; 0 samples toward the centre (enlarges), a &lt; 0
     * away from it (shrinks); weighted by (1 − d²/r²)², so the edge of the circle does not move.
     */
    private static void scale(Region region, float[] dx, float[] dy, Point2D c, double r, double a) {
        double r2 = r * r;
        forEachWithin(region, c, r, (i, ex, ey, d2) -> {
            double w = 1 - d2 / r2;
            w *= w;
            dx[i] -= (float) (a * w * ex);
            dy[i] -= (float) (a * w * ey);
        });
    }

    private interface Visit {
        void at(int index, double ex, double ey, double d2);
    }

    private static void forEachWithin(Region region, Point2D c, double r, Visit visit) {
        int x0 = Math.max(region.x(), (int) Math.floor(c.getX() - r)), x1 = Math.min(region.x() + region.width() - 1, (int) Math.ceil(c.getX() + r));
        int y0 = Math.max(region.y(), (int) Math.floor(c.getY() - r)), y1 = Math.min(region.y() + region.height() - 1, (int) Math.ceil(c.getY() + r));
        double r2 = r * r;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double ex = x - c.getX(), ey = y - c.getY(), d2 = ex * ex + ey * ey;
                if (d2 < r2) {
                    visit.at((y - region.y()) * region.width() + x - region.x(), ex, ey, d2);
                }
            }
        }
    }

    private static void resample(RgbImage image, Region region, float[] dx, float[] dy) {
        RgbImage source = image.copy();
        java.util.stream.IntStream.range(0, region.height()).parallel().forEach(y -> {
            for (int x = 0; x < region.width(); x++) {
                int i = y * region.width() + x;
                if (Math.abs(dx[i]) < 1e-3f && Math.abs(dy[i]) < 1e-3f) {
                    continue;
                }
                int ix = region.x() + x, iy = region.y() + y;
                image.pixels()[iy * image.width() + ix] = source.sample(ix + dx[i], iy + dy[i]);
            }
        });
    }

    private static Point2D closestOnLine(Point2D p, Point2D a, Point2D b) {
        double vx = b.getX() - a.getX(), vy = b.getY() - a.getY();
        double t = ((p.getX() - a.getX()) * vx + (p.getY() - a.getY()) * vy) / (vx * vx + vy * vy);
        return new Point2D.Double(a.getX() + t * vx, a.getY() + t * vy);
    }
}
