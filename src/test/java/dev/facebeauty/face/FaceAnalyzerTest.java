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

    /**
     * At camera size the analysis reads only the part of the photo around each face: the astronaut enlarged four
     * times inside a 6000 × 4000 frame, off centre, gets her landmarks where the small photo's land, scaled and moved.
     */
    @Test
    void landmarksStayPutInACameraSizedFrame() throws IOException {
        RgbImage photo = load("astronaut.png");
        Face small = analyzer.analyze(photo).getFirst();
        RgbImage big = photo.resize(photo.width() * 4, photo.height() * 4);
        int[] frame = new int[6000 * 4000];
        java.util.Arrays.fill(frame, 0x505A64);
        int left = 3400, top = 1500;
        for (int y = 0; y < big.height() && y + top < 4000; y++) {
            System.arraycopy(big.pixels(), y * big.width(), frame, (y + top) * 6000 + left, Math.min(big.width(), 6000 - left));
        }
        Face found = analyzer.analyze(new RgbImage(6000, 4000, frame)).getFirst();
        for (int landmark : new int[]{FaceRegions.NOSE, FaceRegions.RIGHT_EYE_OUTER, FaceRegions.LEFT_EYE_OUTER}) {
            assertNear(small.point(landmark).getX() * 4 + left, small.point(landmark).getY() * 4 + top,
                    found.point(landmark), 16, "landmark " + landmark + " in the large frame");
        }
    }
}
