package dev.facebeauty.retouch;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each effect on the astronaut portrait: it changes pixels where it should, leaves the background alone, does nothing
 * at 0 and grows with its value. Skipped, with the reason, when ../shared/fixtures is absent.
 */
class RetoucherTest {

    enum Effect {
        WHITENING, SMOOTHING, THINFACE, SHRINK_FACE, ENLARGE_EYE, REMOVE_EYEBROW;

        BeautyParameters at(int v) {
            return new BeautyParameters(this == WHITENING ? v : 0, this == SMOOTHING ? v : 0, this == THINFACE ? v : 0,
                    this == SHRINK_FACE ? v : 0, this == ENLARGE_EYE ? v : 0, this == REMOVE_EYEBROW ? v : 0, Optional.empty());
        }
    }

    private static final BeautyParameters NEUTRAL = new BeautyParameters(0, 0, 0, 0, 0, 0, Optional.empty());
    private static RgbImage photo;
    private static Face face;

    @BeforeAll
    static void analyse() throws IOException {
        photo = RgbImage.of(ImageIO.read(Fixtures.photo("astronaut.png").toFile()));
        face = new FaceAnalyzer().analyze(photo).getFirst();
    }

    private static RgbImage retouch(BeautyParameters p) {
        return Retoucher.retouch(photo, List.of(face), p);
    }

    /** Mean absolute channel difference inside {@code area} (image pixels). */
    static double difference(RgbImage a, RgbImage b, Rectangle area) {
        Rectangle r = area.intersection(new Rectangle(0, 0, a.width(), a.height()));
        long sum = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                int p = a.get(x, y), q = b.get(x, y);
                sum += Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255)) + Math.abs((p & 255) - (q & 255));
            }
        }
        return sum / (3.0 * r.width * r.height);
    }

    private static Rectangle around(Rectangle2D r, double margin) {
        return new Rectangle((int) (r.getX() - margin), (int) (r.getY() - margin), (int) (r.getWidth() + 2 * margin), (int) (r.getHeight() + 2 * margin));
    }

    /** Where each effect must act. */
    private static Rectangle regionOf(Effect effect) {
        return switch (effect) {
            case WHITENING, SMOOTHING, SHRINK_FACE -> around(face.bounds(FaceRegions.FACE_OVAL), 0);
            case THINFACE -> around(face.bounds(FaceRegions.JAW_RIGHT).createUnion(face.bounds(FaceRegions.JAW_LEFT)), 5);
            case ENLARGE_EYE -> around(face.bounds(FaceRegions.RIGHT_EYE), 4);
            case REMOVE_EYEBROW -> around(face.bounds(FaceRegions.RIGHT_BROW), 2);
        };
    }

    /** Far from the face: the sky-blue studio backdrop in the top corners and the suit at the bottom left. */
    private static final List<Rectangle> BACKGROUND = List.of(new Rectangle(0, 0, 90, 90), new Rectangle(420, 0, 92, 90),
            new Rectangle(0, 430, 80, 82));

    @Test
    void neutralSettingsReturnTheInputPixels() {
        assertArrayEquals(photo.pixels(), retouch(NEUTRAL).pixels());
        assertArrayEquals(photo.pixels(), Retoucher.retouch(photo, List.of(), NEUTRAL).pixels());
    }

    /** The engine's in-place form gives the very pixels of the copying one, in the photo's own array. */
    @Test
    void retouchingInPlaceGivesTheSamePixelsWithoutACopy() {
        BeautyParameters all = new BeautyParameters(60, 60, 60, 60, 60, 60, Optional.of(FilterType.SUNNY_DAY));
        RgbImage copied = Retoucher.retouch(photo, List.of(face), all);
        RgbImage own = photo.copy();
        RgbImage inPlace = Retoucher.retouchInPlace(own, List.of(face), all);
        assertSame(own.pixels(), inPlace.pixels());
        assertArrayEquals(copied.pixels(), inPlace.pixels());
        assertTrue(difference(copied, photo, new Rectangle(0, 0, photo.width(), photo.height())) > 1, "something was retouched");
    }

    @ParameterizedTest
    @EnumSource(Effect.class)
    void eachEffectActsInItsRegionAndNowhereElse(Effect effect) {
        RgbImage out = retouch(effect.at(60));
        double inside = difference(photo, out, regionOf(effect));
        assertTrue(inside > 0.5, effect + " changed its region by only " + inside);
        for (Rectangle background : BACKGROUND) {
            assertEquals(0, difference(photo, out, background), 0.01, effect + " touched the background at " + background);
        }
    }

    @ParameterizedTest
    @EnumSource(Effect.class)
    void strengthRisesWithTheValue(Effect effect) {
        Rectangle region = regionOf(effect);
        double previous = 0;
        for (int v : new int[]{0, 20, 50, 100}) {
            double d = difference(photo, retouch(effect.at(v)), region);
            if (v == 0) {
                assertEquals(0, d, 1e-9, effect + " at 0 must be the identity");
            } else {
                assertTrue(d > previous, effect + " at " + v + " changed " + d + ", not more than " + previous);
            }
            previous = d;
        }
    }

    @Test
    void whiteningBrightensTheSkinAndRemovingBrowsLightensThem() {
        Rectangle cheek = new Rectangle((int) face.point(205).getX() - 4, (int) face.point(205).getY() - 4, 8, 8);
        assertTrue(luma(retouch(Effect.WHITENING.at(80)), cheek) > luma(photo, cheek) + 5, "the cheek is brighter");
        RgbImage browless = retouch(Effect.REMOVE_EYEBROW.at(100));
        for (int[] brow : List.of(FaceRegions.RIGHT_BROW, FaceRegions.LEFT_BROW)) {
            java.awt.Shape outline = Mask.polygon(face.x(), face.y(), brow, 1.0);
            assertTrue(luma(browless, outline) > luma(photo, outline) + 3, "the brow is filled with lighter skin");
        }
    }

    @Test
    void smoothingKeepsTheEyesSharp() {
        Rectangle eye = around(face.bounds(FaceRegions.RIGHT_EYE), -1);
        assertEquals(0, difference(photo, retouch(Effect.SMOOTHING.at(100)), eye), 0.5, "the eye is outside the skin mask");
    }

    @Test
    void withoutAFaceOnlyTheFilterApplies() {
        BeautyParameters everything = new BeautyParameters(100, 100, 100, 100, 100, 100, Optional.empty());
        assertArrayEquals(photo.pixels(), Retoucher.retouch(photo, List.of(), everything).pixels(),
                "no face: no skin, brow or shape effect, even where the colours look like skin");
        RgbImage filtered = Retoucher.retouch(photo, List.of(), everything.withFilter(FilterType.WARM));
        assertTrue(difference(photo, filtered, new Rectangle(0, 0, 512, 512)) > 1, "the filter still applies");
        assertArrayEquals(Retoucher.retouch(photo, List.of(), NEUTRAL.withFilter(FilterType.WARM)).pixels(), filtered.pixels());
    }

    /** Mean luma of the pixels whose centres lie inside {@code area}. */
    private static double luma(RgbImage image, java.awt.Shape area) {
        Rectangle box = area.getBounds();
        double sum = 0;
        int n = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                if (area.contains(x + 0.5, y + 0.5)) {
                    int p = image.get(x, y);
                    sum += 0.299 * (p >> 16 & 255) + 0.587 * (p >> 8 & 255) + 0.114 * (p & 255);
                    n++;
                }
            }
        }
        return sum / n;
    }
}
