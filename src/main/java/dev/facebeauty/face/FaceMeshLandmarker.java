package dev.facebeauty.face;

import dev.facebeauty.imaging.RgbImage;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;

/**
 * Places the 468 landmarks of MediaPipe Face Mesh on one face: the face region is cut out square, rotated so the eyes
 * are level, resized to 192 × 192, run through the model, and the points are mapped back into the photo. The model
 * also says how sure it is that a face is there at all, which rejects the detector's false positives.
 */
final class FaceMeshLandmarker {

    static final int SIZE = 192;
    /** The crop is this much larger than the face, as the model was trained with margin around the face. */
    private static final double CROP_SCALE = 1.5;
    private static final String MESH = "StatefulPartitionedCall/model_1/output_mesh/Reshape";
    private static final String PRESENCE = "StatefulPartitionedCall/model_1/output_faceflag/Reshape";

    private final TfjsGraph graph = TfjsGraph.loadResource("facemesh");

    /** A square, rotated region of the photo: centre, side length, roll angle. */
    record Region(double cx, double cy, double size, double roll) {

        static Region around(Rectangle2D box, Point2D rightEye, Point2D leftEye, double scale) {
            double roll = Math.atan2(leftEye.getY() - rightEye.getY(), leftEye.getX() - rightEye.getX());
            return new Region(box.getCenterX(), box.getCenterY(), Math.max(box.getWidth(), box.getHeight()) * scale, roll);
        }

        /** Photo coordinates of a point given in the 192-pixel crop. */
        Point2D toImage(double u, double v) {
            double lx = (u / SIZE - 0.5) * size, ly = (v / SIZE - 0.5) * size;
            double cos = Math.cos(roll), sin = Math.sin(roll);
            return new Point2D.Double(cx + lx * cos - ly * sin, cy + lx * sin + ly * cos);
        }
    }

    Face landmarks(RgbImage image, Rectangle2D box, Point2D rightEye, Point2D leftEye, float detectionScore) {
        Region region = Region.around(box, rightEye, leftEye, CROP_SCALE);
        Face first = run(image, region, box, detectionScore);
        // Second pass on the region the mesh itself outlines: centred on the face and levelled by its eye corners.
        Face refined = run(image, Region.around(first.bounds(), first.point(FaceRegions.RIGHT_EYE_OUTER),
                first.point(FaceRegions.LEFT_EYE_OUTER), 1.25), box, detectionScore);
        return refined.presence() >= first.presence() * 0.9 ? refined : first;
    }

    private Face run(RgbImage image, Region region, Rectangle2D box, float detectionScore) {
        // Only the part of the photo under the (rotated) region is read: cut out, then shrunk so that each crop pixel
        // averages the photo pixels under it. Reading the whole photo instead made analysis grow with its size.
        double reach = region.size() * Math.sqrt(0.5) + 2;
        int left = clampTo((int) Math.floor(region.cx() - reach), image.width() - 1);
        int top = clampTo((int) Math.floor(region.cy() - reach), image.height() - 1);
        int right = clampTo((int) Math.ceil(region.cx() + reach), image.width() - 1) + 1;
        int bottom = clampTo((int) Math.ceil(region.cy() + reach), image.height() - 1) + 1;
        RgbImage cut = image.crop(left, top, right - left, bottom - top);
        double shrink = Math.min(1, 2.0 * SIZE / region.size());
        RgbImage source = shrink < 0.999 ? cut.scale(shrink) : cut;
        double sx = (double) source.width() / cut.width(), sy = (double) source.height() / cut.height();
        Tensor input = Tensor.zeros(SIZE, SIZE, 3);
        float[] d = input.data();
        for (int v = 0; v < SIZE; v++) {
            for (int u = 0; u < SIZE; u++) {
                Point2D p = region.toImage(u + 0.5, v + 0.5);
                int rgb = source.sample((p.getX() - left) * sx - 0.5, (p.getY() - top) * sy - 0.5);
                int i = (v * SIZE + u) * 3;
                d[i] = (rgb >> 16 & 255) / 255f;
                d[i + 1] = (rgb >> 8 & 255) / 255f;
                d[i + 2] = (rgb & 255) / 255f;
            }
        }
        Map<String, Tensor> out = graph.run(input, List.of(MESH, PRESENCE));
        float[] mesh = out.get(MESH).data();
        float[] x = new float[Face.LANDMARKS], y = new float[Face.LANDMARKS];
        for (int i = 0; i < Face.LANDMARKS; i++) {
            Point2D p = region.toImage(mesh[3 * i], mesh[3 * i + 1]);
            x[i] = (float) p.getX();
            y[i] = (float) p.getY();
        }
        return new Face(box, detectionScore, out.get(PRESENCE).data()[0], region.roll(), x, y);
    }

    private static int clampTo(int value, int max) {
        return Math.clamp(value, 0, max);
    }
}
