package dev.facebeauty.face;

import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.testing.Fixtures;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faces and landmarks on the real photographs in ../shared/fixtures (skipped when they are absent). */
class FaceAnalyzerTest {

    private final FaceAnalyzer analyzer = new FaceAnalyzer();

    private static RgbImage load(String name) throws IOException {
        return RgbImage.of(ImageIO.read(Fixtures.photo(name).toFile()));
    }

    private static void assertNear(double x, double y, Point2D actual, double tolerance, String what) {
        assertTrue(actual.distance(x, y) <= tolerance, what + " expected near (" + x + ", " + y + "), was " + actual);
    }

    @Test
    void findsTheAstronautsFaceWithItsFeaturesWhereTheyAre() throws IOException {
        List<Face> faces = analyzer.analyze(load("astronaut.png"));
        assertEquals(1, faces.size());
        Face face = faces.getFirst();
        assertTrue(face.presence() > 0.9, "presence " + face.presence());
        // Positions read off the 512 × 512 picture by hand: eye centres, nose tip, chin.
        assertNear(204, 101, face.centroid(FaceRegions.RIGHT_EYE), 6, "right eye");
        assertNear(247, 104, face.centroid(FaceRegions.LEFT_EYE), 6, "left eye");
        assertNear(224, 131, face.point(FaceRegions.NOSE), 6, "nose tip");
        assertNear(222, 173, face.point(FaceRegions.CHIN), 8, "chin");
        Point2D brow = face.centroid(FaceRegions.RIGHT_BROW);
        assertTrue(brow.getY() < face.centroid(FaceRegions.RIGHT_EYE).getY() - 5, "the brow is above the eye");
        assertTrue(face.bounds(FaceRegions.FACE_OVAL).contains(face.point(FaceRegions.NOSE)));
        assertEquals(Math.toRadians(3), face.roll(), Math.toRadians(4), "the head is nearly level");
    }

    @Test
    void findsTheSemiProfileFace() throws IOException {
        List<Face> faces = analyzer.analyze(load("camera.png"));
        assertEquals(1, faces.size());
        Point2D nose = faces.getFirst().point(FaceRegions.NOSE);
        assertTrue(nose.getX() > 200 && nose.getX() < 290 && nose.getY() > 130 && nose.getY() < 210, "nose at " + nose);
    }

    @Test
    void aCatAndACupAreNotFaces() throws IOException {
        assertEquals(List.of(), analyzer.analyze(load("chelsea.png")));
        assertEquals(List.of(), analyzer.analyze(load("coffee.png")));
    }

    @Test
    void landmarksFollowTheFaceWhenThePhotoIsScaled() throws IOException {
        RgbImage photo = load("astronaut.png");
        Face full = analyzer.analyze(photo).getFirst();
        Face half = analyzer.analyze(photo.scale(0.5)).getFirst();
        assertNear(full.point(FaceRegions.NOSE).getX() / 2, full.point(FaceRegions.NOSE).getY() / 2,
                half.point(FaceRegions.NOSE), 3, "nose at half size");
    }
}
