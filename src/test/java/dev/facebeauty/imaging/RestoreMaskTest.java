package dev.facebeauty.imaging;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestoreMaskTest {

    @Test
    void aHardDabCoversItsDiscFullyAndNothingOutside() {
        RestoreMask mask = new RestoreMask(400, 300);
        mask.beginStroke(false);
        mask.dab(new RestoreMask.Dab(100, 100, 20, 0));
        mask.endStroke();
        assertEquals(1, mask.sample(100, 100, 400, 300), 1e-6);
        assertEquals(1, mask.sample(110, 100, 400, 300), 1e-6);
        assertEquals(0, mask.sample(130, 100, 400, 300), 1e-6);
        assertEquals(0, mask.sample(300, 200, 400, 300), 1e-6);
    }

    @Test
    void softnessFadesTowardsTheEdgeAndOverlapsWithinAStrokeDoNotBuildUp() {
        RestoreMask mask = new RestoreMask(400, 300);
        mask.beginStroke(false);
        mask.dab(new RestoreMask.Dab(100, 100, 40, 1));
        double once = mask.sample(120, 100, 400, 300);
        mask.dab(new RestoreMask.Dab(100, 100, 40, 1));
        assertEquals(once, mask.sample(120, 100, 400, 300), 1e-6, "same stroke, same spot: no build-up");
        mask.endStroke();
        assertTrue(once > 0.1 && once < 0.9, "half-way out a soft dab is partly covered: " + once);
        assertTrue(mask.sample(100, 100, 400, 300) > mask.sample(130, 100, 400, 300));

        mask.beginStroke(false);
        mask.dab(new RestoreMask.Dab(100, 100, 40, 1));
        mask.endStroke();
        assertTrue(mask.sample(120, 100, 400, 300) > once + 0.05, "a second stroke adds");
    }

    @Test
    void eraseUndoAndClearKeepTheStrokesTheTruth() {
        RestoreMask mask = new RestoreMask(400, 300);
        mask.beginStroke(false);
        mask.dab(new RestoreMask.Dab(200, 150, 30, 0));
        mask.endStroke();
        mask.beginStroke(true);
        mask.dab(new RestoreMask.Dab(200, 150, 10, 0));
        mask.endStroke();
        assertEquals(0, mask.sample(200, 150, 400, 300), 1e-6, "erased in the middle");
        assertEquals(1, mask.sample(220, 150, 400, 300), 1e-6, "kept around it");
        assertTrue(mask.undo());
        assertEquals(1, mask.sample(200, 150, 400, 300), 1e-6, "undo brings the erased part back");
        assertEquals(1, mask.strokes().size());
        mask.clear();
        assertTrue(mask.isEmpty());
        assertEquals(0, mask.sample(220, 150, 400, 300), 1e-6);
        assertFalse(mask.undo());
    }

    @Test
    void aLargePhotoIsCoveredByASmallGridAndASnapshotDoesNotFollowLaterPainting() {
        RestoreMask mask = new RestoreMask(6000, 4000);
        assertEquals(RestoreMask.MAX_SIDE, mask.width());
        mask.beginStroke(false);
        mask.dab(new RestoreMask.Dab(3000, 2000, 300, 0));
        mask.endStroke();
        RestoreMask copy = mask.snapshot();
        mask.clear();
        assertEquals(1, copy.sample(3000, 2000, 6000, 4000), 1e-6);
        assertEquals(1, copy.sample(1500, 1000, 3000, 2000), 1e-6, "the same place at another resolution");
    }

    @Test
    void theBlendGivesTheOriginalBackOnlyWherePainted() {
        BufferedImage original = solid(200, 100, 0x202020);
        BufferedImage result = solid(200, 100, 0xE0E0E0);
        RestoreMask mask = new RestoreMask(200, 100);
        mask.beginStroke(false);
        mask.dab(new RestoreMask.Dab(50, 50, 20, 0));
        mask.endStroke();
        BufferedImage mixed = ImageBlend.mix(original, result, 1, mask);
        assertEquals(0x202020, mixed.getRGB(50, 50) & 0xFFFFFF, "restored: the original");
        assertEquals(0xE0E0E0, mixed.getRGB(150, 50) & 0xFFFFFF, "untouched: the result");
        BufferedImage half = ImageBlend.mix(original, result, 0.5, mask);
        assertEquals(0x202020, half.getRGB(50, 50) & 0xFFFFFF);
        assertEquals(0x808080, half.getRGB(150, 50) & 0xFFFFFF, "amount still applies elsewhere");
    }

    private static BufferedImage solid(int w, int h, int rgb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }
}
