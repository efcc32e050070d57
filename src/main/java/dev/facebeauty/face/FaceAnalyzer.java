package dev.facebeauty.face;

import dev.facebeauty.imaging.RgbImage;

import java.util.ArrayList;
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

    public List<Face> analyze(RgbImage image) {
        List<Face> faces = new ArrayList<>();
        for (BlazeFaceDetector.Detection d : Models.DETECTOR.detect(image)) {
            Face face = Models.LANDMARKER.landmarks(image, d.box(), d.rightEye(), d.leftEye(), d.score());
            if (face.presence() >= MIN_PRESENCE) {
                faces.add(face);
            }
        }
        return List.copyOf(faces);
    }
}
