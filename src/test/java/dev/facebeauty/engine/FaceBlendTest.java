package dev.facebeauty.engine;

import dev.facebeauty.face.Face;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.model.FaceAmounts;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaceBlendTest {

    /** A face whose 468 landmarks lie on an ellipse centred at (cx, cy) with radii rx, ry. */
    static Face face(double cx, double cy, double rx, double ry) {
        float[] x = new float[468], y = new float[468];
        for (int i = 0; i < 468; i++) {
            double a = 2 * Math.PI * i / 468;
            x[i] = (float) (cx + rx * Math.cos(a));
            y[i] = (float) (cy + ry * Math.sin(a));
        }
        return new Face(new Rectangle2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry), 1, 1, 0, x, y);
    }

    private static RgbImage flat(int w, int h, int rgb) {
        int[] p = new int[w * h];
        java.util.Arrays.fill(p, rgb);
        return new RgbImage(w, h, p);
    }

    @Test
    void aFaceLeftOutShowsTheBaseSoftlyAndEverythingElseKeepsTheRetouch() {
        RgbImage base = flat(400, 200, 0x000000), retouched = flat(400, 200, 0xC8C8C8);
        Face left = face(100, 100, 40, 50), right = face(300, 100, 40, 50);
        Rectangle2D oval = left.bounds(dev.facebeauty.face.FaceRegions.FACE_OVAL);
        double rx = oval.getWidth() / 2;

        RgbImage out = FaceBlend.apply(base, retouched, List.of(left, right), new FaceAmounts(List.of(0, 100)));

        assertEquals(0x000000, out.get(100, 100), "the face left out is the base");
        assertEquals(0x000000, out.get((int) (oval.getCenterX() + rx * 1.1), 100), "inside the grown region too");
        assertEquals(0xC8C8C8, out.get(300, 100), "the other face keeps the retouch");
        assertEquals(0xC8C8C8, out.get(200, 10), "as does everything away from the faces");
        int ring = out.get((int) (oval.getCenterX() + rx * 1.45), 100) & 255;
        assertTrue(ring > 0 && ring < 0xC8, "the edge is feathered, not cut: " + ring);
        assertEquals(0xC8C8C8, retouched.get(100, 100), "the inputs are not changed");
    }

    @Test
    void aFaceAtHalfKeepsHalfTheRetouchAndAllInFullChangesNothing() {
        RgbImage base = flat(200, 200, 0x000000), retouched = flat(200, 200, 0xC8C8C8);
        Face only = face(100, 100, 40, 50);
        assertEquals(0x646464, FaceBlend.apply(base, retouched, List.of(only), new FaceAmounts(List.of(50))).get(100, 100));
        RgbImage all = FaceBlend.apply(base, retouched, List.of(only), FaceAmounts.ALL);
        assertEquals(java.util.Arrays.stream(retouched.pixels()).boxed().toList(), java.util.Arrays.stream(all.pixels()).boxed().toList());
    }
}
