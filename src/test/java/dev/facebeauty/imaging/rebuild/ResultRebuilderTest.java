package dev.facebeauty.imaging.rebuild;

import dev.facebeauty.imaging.ColourProfiles;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.testing.ColourDifference;
import dev.facebeauty.testing.TestImages;
import dev.facebeauty.testing.TestProfiles;
import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service's retouch of a small copy, rebuilt on the full-size original: exactly the original where nothing was
 * changed, the change where it was, the original's grain kept under it, warps followed, 16 bits and the profile kept.
 */
class ResultRebuilderTest {

    private static final ImageDecoder DECODER = new ImageDecoder();

    /** What a service sees: the picture halved and sent as JPEG at quality 90, then decoded. */
    private static BufferedImage sentCopy(BufferedImage original, int width, int height) throws Exception {
        return DECODER.decode(ImageEncoder.jpeg(RgbImage.of(original).resize(width, height).toBufferedImage(), 0.9f)).image();
    }

    private static BufferedImage jpegRoundTrip(RgbImage image) throws Exception {
        return DECODER.decode(ImageEncoder.jpeg(image.toBufferedImage(), 0.9f)).image();
    }

    @Test
    void untouchedPixelsComeBackExactlyAndAToneChangeKeepsTheOriginalsGrain() throws Exception {
        BufferedImage original = TestImages.grainyPortrait(1800, 1200, 3);
        BufferedImage sent = sentCopy(original, 900, 600);
        RgbImage service = RgbImage.of(sent);
        Rectangle changed = new Rectangle(300, 200, 240, 180); // in the sent copy's pixels
        for (int y = changed.y; y < changed.y + changed.height; y++) {
            for (int x = changed.x; x < changed.x + changed.width; x++) {
                int p = service.pixels()[y * 900 + x];
                service.pixels()[y * 900 + x] = Math.min(255, (p >> 16 & 255) + 20) << 16
                        | Math.min(255, (p >> 8 & 255) + 20) << 8 | Math.min(255, (p & 255) + 20);
            }
        }
        BufferedImage result = jpegRoundTrip(service);

        ResultRebuilder.Rebuilt rebuilt = ResultRebuilder.rebuild(original, sent, result, false);

        assertEquals(1800, rebuilt.image().getWidth());
        assertEquals(1200, rebuilt.image().getHeight());
        RgbImage before = RgbImage.of(original), after = RgbImage.of(rebuilt.image());
        Rectangle full = new Rectangle(changed.x * 2, changed.y * 2, changed.width * 2, changed.height * 2);
        Rectangle near = new Rectangle(full.x - 40, full.y - 40, full.width + 80, full.height + 80);
        int outsideDiffering = 0;
        double inside = 0, insideSquares = 0, enlargedSquares = 0;
        int n = 0;
        RgbImage enlarged = RgbImage.of(result).resize(1800, 1200);
        for (int y = 0; y < 1200; y++) {
            for (int x = 0; x < 1800; x++) {
                int i = y * 1800 + x;
                if (!near.contains(x, y)) {
                    outsideDiffering += (before.pixels()[i] & 0xFFFFFF) != (after.pixels()[i] & 0xFFFFFF) ? 1 : 0;
                } else if (full.x + 20 <= x && x < full.x + full.width - 20 && full.y + 20 <= y && y < full.y + full.height - 20) {
                    int d = (after.pixels()[i] >> 8 & 255) - (before.pixels()[i] >> 8 & 255);
                    inside += d;
                    insideSquares += d * d;
                    int e = (enlarged.pixels()[i] >> 8 & 255) - (before.pixels()[i] >> 8 & 255);
                    enlargedSquares += e * e;
                    n++;
                }
            }
        }
        assertEquals(0, outsideDiffering, "pixels changed where the service changed nothing");
        double mean = inside / n, spread = Math.sqrt(insideSquares / n - mean * mean);
        double enlargedSpread = Math.sqrt(enlargedSquares / n - Math.pow(mean, 2));
        assertEquals(20, mean, 3, "the service's +20 carried over");
        // The original's grain stays under the change (spread of the difference small); an enlarged result loses it.
        assertTrue(spread < 3, "rebuilt differs from original + 20 by a spread of " + spread);
        assertTrue(enlargedSpread > 2 * spread, "an enlargement's spread " + enlargedSpread + " vs " + spread);
        assertTrue(rebuilt.changedShare() > 0.02 && rebuilt.changedShare() < 0.15, "changed share " + rebuilt.changedShare());
    }

    /**
     * A look over the whole picture, recompressed, with a shape effect asked for but nothing moved (what the contract
     * server does): the flow's noise is not taken for a warp, so the rebuild is the one made without following the
     * geometry, instead of the original resampled by a fraction of a pixel nearly everywhere.
     */
    @Test
    void aStillPictureIsNotResampledWhenTheGeometryIsFollowed() throws Exception {
        BufferedImage original = TestImages.grainyPortrait(1800, 1200, 7);
        BufferedImage sent = sentCopy(original, 900, 600);
        RgbImage service = RgbImage.of(sent);
        for (int i = 0; i < service.pixels().length; i++) {
            int p = service.pixels()[i];
            service.pixels()[i] = Math.min(255, (p >> 16 & 255) + 30) << 16 | Math.min(255, (p >> 8 & 255) + 30) << 8
                    | Math.min(255, (p & 255) + 50);
        }
        BufferedImage result = DECODER.decode(ImageEncoder.jpeg(service.toBufferedImage(), 0.75f)).image();

        RgbImage followed = RgbImage.of(ResultRebuilder.rebuild(original, sent, result, true).image());
        RgbImage still = RgbImage.of(ResultRebuilder.rebuild(original, sent, result, false).image());

        int differing = 0;
        for (int i = 0; i < followed.pixels().length; i++) {
            int a = followed.pixels()[i], b = still.pixels()[i];
            for (int shift = 0; shift < 24; shift += 8) {
                if (Math.abs((a >> shift & 255) - (b >> shift & 255)) > 2) {
                    differing++;
                    break;
                }
            }
        }
        assertTrue(differing < followed.pixels().length / 100, differing + " of " + followed.pixels().length
                + " pixels moved by more than 2 levels where nothing moved");
    }

    @Test
    void aWarpIsFollowedAtFullSize() throws Exception {
        BufferedImage original = TestImages.grainyPortrait(1600, 1200, 5);
        // Sharp structure for the flow to hold on to: a grid of thin dark lines.
        java.awt.Graphics2D g = original.createGraphics();
        g.setColor(new java.awt.Color(30, 30, 40));
        for (int v = 0; v < 1600; v += 40) {
            g.fillRect(v, 0, 3, 1200);
            g.fillRect(0, v, 1600, 3);
        }
        g.dispose();
        BufferedImage sent = sentCopy(original, 800, 600);
        // The service pulls pixels toward a point (a "shrink"), up to 5 px of the sent copy, smoothly.
        Bump bump = new Bump(400, 300, 140, 5);
        RgbImage service = warp(RgbImage.of(sent), bump, 1);
        BufferedImage result = jpegRoundTrip(service);

        BufferedImage rebuilt = ResultRebuilder.rebuild(original, sent, result, true).image();

        RgbImage truth = warp(RgbImage.of(original), bump, 2);
        RgbImage enlarged = RgbImage.of(result).resize(1600, 1200);
        Rectangle area = new Rectangle(800 - 240, 600 - 240, 480, 480);
        double rebuiltPsnr = psnr(truth, RgbImage.of(rebuilt), area), enlargedPsnr = psnr(truth, enlarged, area);
        assertTrue(rebuiltPsnr > enlargedPsnr + 3, "rebuilt " + rebuiltPsnr + " dB vs enlarged " + enlargedPsnr + " dB");
        // Far from the warp nothing moved: the original exactly.
        RgbImage after = RgbImage.of(rebuilt), before = RgbImage.of(original);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 1600; x++) {
                assertEquals(before.get(x, y) & 0xFFFFFF, after.get(x, y) & 0xFFFFFF, "at " + x + "," + y);
            }
        }
    }

    @Test
    void sixteenBitAdobeRgbComesBackInItsOwnDepthAndProfileWithTheServicesColours() throws Exception {
        var profile = TestProfiles.adobeRgb();
        BufferedImage original = TestProfiles.sixteenBit(1200, 900, profile);
        WritableRaster raster = original.getRaster();
        int[] row = new int[1200 * 3];
        for (int y = 0; y < 900; y++) {
            for (int x = 0; x < 1200; x++) {
                // Gentle 16-bit gradients (no 8-bit steps), all well inside sRGB's gamut.
                row[x * 3] = 20000 + x * 17 + y * 3;
                row[x * 3 + 1] = 18000 + y * 19 + x * 2;
                row[x * 3 + 2] = 15000 + (x + y) * 9;
            }
            raster.setPixels(0, y, 1200, 1, row);
        }
        BufferedImage sent = sentCopy(original, 600, 450); // converted to sRGB, 8 bits, as the upload is
        RgbImage service = RgbImage.of(sent);
        Rectangle warmed = new Rectangle(150, 100, 300, 250);
        for (int y = warmed.y; y < warmed.y + warmed.height; y++) {
            for (int x = warmed.x; x < warmed.x + warmed.width; x++) {
                int p = service.pixels()[y * 600 + x];
                service.pixels()[y * 600 + x] = Math.min(255, (int) ((p >> 16 & 255) * 1.08)) << 16
                        | (p >> 8 & 255) << 8 | (int) ((p & 255) * 0.9);
            }
        }
        BufferedImage result = jpegRoundTrip(service);

        ResultRebuilder.Rebuilt rebuilt = ResultRebuilder.rebuild(original, sent, result, false);
        BufferedImage image = rebuilt.image();

        assertTrue(rebuilt.keptEncoding());
        assertArrayEquals(new int[]{16, 16, 16}, image.getColorModel().getComponentSize());
        assertArrayEquals(profile.getData(), ColourProfiles.profileOf(image).orElseThrow());
        int[] before = new int[3], after = new int[3];
        // Untouched: the original's 16-bit samples exactly.
        for (int y = 0; y < 900; y += 7) {
            for (int x = 0; x < 200; x += 3) {
                assertArrayEquals(original.getRaster().getPixel(x, y, before), image.getRaster().getPixel(x, y, after));
            }
        }
        // Changed: the service's colours (read through the profile) within ΔE00 2, and still 16-bit smooth.
        ColorSpace space = image.getColorModel().getColorSpace();
        double worst = 0;
        RgbImage serviceSeen = RgbImage.of(result);
        for (int y = warmed.y * 2 + 30; y < (warmed.y + warmed.height) * 2 - 30; y += 23) {
            for (int x = warmed.x * 2 + 30; x < (warmed.x + warmed.width) * 2 - 30; x += 19) {
                int[] s = image.getRaster().getPixel(x, y, after);
                float[] srgb = space.toRGB(new float[]{s[0] / 65535f, s[1] / 65535f, s[2] / 65535f});
                int p = serviceSeen.sample(x / 2.0 - 0.25, y / 2.0 - 0.25);
                double[] theirs = {(p >> 16 & 255) / 255.0, (p >> 8 & 255) / 255.0, (p & 255) / 255.0};
                worst = Math.max(worst, ColourDifference.deltaE00(new double[]{srgb[0], srgb[1], srgb[2]}, theirs));
            }
        }
        assertTrue(worst <= 2, "largest ΔE00 against the service's result: " + worst);
        Set<Integer> reds = new HashSet<>();
        for (int x = warmed.x * 2 + 20; x < warmed.x * 2 + 220; x++) {
            reds.add(image.getRaster().getSample(x, warmed.y * 2 + 100, 0));
        }
        assertTrue(reds.size() > 150, "a 200-pixel 16-bit gradient has " + reds.size() + " distinct values (banding)");
    }

    @Test
    void ciede2000MatchesThePublishedTestPair() {
        // Sharma, Wu and Dalal (2005), Table 1, pair 1.
        assertEquals(2.0425, ColourDifference.ciede2000(new double[]{50, 2.6772, -79.7751}, new double[]{50, 0, -82.7485}), 1e-4);
    }

    /** A smooth pull toward a centre: at relative distance r from it, the source lies strength·sin(πr) farther out. */
    private record Bump(double cx, double cy, double radius, double strength) {
        double[] source(double x, double y, double scale) {
            double dx = x - cx * scale, dy = y - cy * scale, distance = Math.hypot(dx, dy);
            double r = distance / (radius * scale);
            if (r >= 1 || distance == 0) {
                return new double[]{x, y};
            }
            double push = strength * scale * Math.sin(Math.PI * r);
            return new double[]{x + dx / distance * push, y + dy / distance * push};
        }
    }

    private static RgbImage warp(RgbImage image, Bump bump, double scale) {
        int[] out = new int[image.pixels().length];
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                double[] s = bump.source(x, y, scale);
                out[y * image.width() + x] = image.sample(s[0], s[1]);
            }
        }
        return new RgbImage(image.width(), image.height(), out);
    }

    private static double psnr(RgbImage a, RgbImage b, Rectangle area) {
        double sum = 0;
        long n = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                int p = a.get(x, y), q = b.get(x, y);
                for (int s = 0; s <= 16; s += 8) {
                    int d = (p >> s & 255) - (q >> s & 255);
                    sum += d * d;
                    n++;
                }
            }
        }
        return 10 * Math.log10(255.0 * 255 / Math.max(sum / n, 1e-9));
    }
}
