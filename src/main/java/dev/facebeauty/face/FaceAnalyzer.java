package dev.facebeauty.face;

import dev.facebeauty.imaging.RgbImage;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every face in a photo with its 468 landmarks, offline: BlazeFace proposes boxes, Face Mesh places the points
 * and confirms that each box holds a face. The models load on first use (about 0.2 s) and are shared; one analysis
 * takes a few hundred milliseconds, so callers run it once per photo on a worker thread and keep the result.
 */
public final class FaceAnalyzer {

    /** Face Mesh's own presence score below which a detector box is taken for a false positive (a cat, a cup). */
    static final float MIN_PRESENCE = 0.5f;

    private static final class Models {
        static final BlazeFaceDetector DETECTOR = new BlazeFaceDetector();
        static final FaceMeshLandmarker LANDMARKER = new FaceMeshLandmarker();
    }

    /** Two meshes whose landmark boxes share more than this part of the smaller box are one face found twice. */
    static final double SAME_FACE = 0.5;

    /**
     * Loads the models and runs each once, so that the first real analysis finds them read and their kernels
     * compiled. The mesh runs on a flat skin-coloured picture, where it still places a face-shaped set of landmarks:
     * that face is returned, for the caller to warm up what works on faces in the same way. Takes a few hundred
     * milliseconds; callers run it on a spare thread.
     */
    public static Face warmUp(RgbImage flatSkin) {
        Models.DETECTOR.detect(flatSkin);
        double side = Math.min(flatSkin.width(), flatSkin.height()) / 2.0;
        double cx = flatSkin.width() / 2.0, cy = flatSkin.height() / 2.0;
        return Models.LANDMARKER.landmarks(flatSkin, new Rectangle2D.Double(cx - side / 2, cy - side / 2, side, side),
                new java.awt.geom.Point2D.Double(cx - side / 4, cy - side / 8),
                new java.awt.geom.Point2D.Double(cx + side / 4, cy - side / 8), 1f);
    }

    public List<Face> analyze(RgbImage image) {
        List<Face> faces = new ArrayList<>();
        for (BlazeFaceDetector.Detection d : Models.DETECTOR.detect(image)) {
            Face face = Models.LANDMARKER.landmarks(image, d.box(), d.rightEye(), d.leftEye(), d.score());
            if (face.presence() >= MIN_PRESENCE) {
                faces.add(face);
            }
        }
        // A face cut by the frame can give the detector several boxes that it does not see as one, while the mesh
        // puts each on the same face: keep the most confident mesh of each such group, so no face is retouched twice.
        faces.sort(Comparator.comparingDouble((Face f) -> f.presence() * f.detectionScore()).reversed());
        List<Face> distinct = new ArrayList<>();
        for (Face face : faces) {
            if (distinct.stream().noneMatch(k -> sharedPart(k.bounds(), face.bounds()) > SAME_FACE)) {
                distinct.add(face);
            }
        }
        distinct.sort(Comparator.comparingDouble(f -> f.bounds().getCenterX()));
        return List.copyOf(distinct);
    }

    /** The area two boxes share, as a part of the smaller one's. */
    static double sharedPart(Rectangle2D a, Rectangle2D b) {
        Rectangle2D common = a.createIntersection(b);
        if (common.isEmpty()) {
            return 0;
        }
        double smaller = Math.min(a.getWidth() * a.getHeight(), b.getWidth() * b.getHeight());
        return smaller <= 0 ? 0 : common.getWidth() * common.getHeight() / smaller;
    }
}
