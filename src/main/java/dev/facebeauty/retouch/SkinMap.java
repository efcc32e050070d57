package dev.facebeauty.retouch;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.GuidedFilter;
import dev.facebeauty.imaging.RgbImage;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where the people's skin is: a soft probability (0–1) over the face, ears, neck and chest of every face found. Each
 * person's own skin colour is sampled where the landmarks put the cheeks, forehead and chin (robust medians, so a
 * strand of hair or a glasses frame there does not matter), every pixel near the person is scored by its CIELAB
 * distance to that colour, a generous and feathered outline around the face and neck keeps the background out, and a
 * guided filter on the photo's lightness makes the map follow the hairline and single strands. Eyes, brows, lips and
 * the mouth are cut out. The face outline is only a prior: the map stops where the skin stops.
 */
final class SkinMap {

    /** Landmarks on plain skin: cheeks, forehead, chin. */
    private static final int[] SEEDS = {50, 280, 101, 330, 205, 425, 117, 346, 151, 108, 337, 9, 199};

    /** One person's skin colour: medians and robust spreads of L*, a*, b*. */
    record Tone(float l, float a, float b, float spreadL, float spreadA, float spreadB) {

        /**
         * The Individual Typology Angle (Chardon et al., 1991), degrees: above 55 very light skin, 41–55 light,
         * 28–41 intermediate, 10–28 tan, −30–10 brown, below −30 dark.
         */
        double typologyAngle() {
            return Math.toDegrees(Math.atan2(l - 50, Math.max(1e-3, b)));
        }

        /** 1 for this skin, falling smoothly to 0 between 2 and 3.5 spreads away. */
        float likelihood(float pl, float pa, float pb) {
            // Shadow is still skin (a neck under the jaw, the far cheek): darker tones are allowed more room.
            float dl = (pl - l) / (pl < l ? 1.6f * spreadL : spreadL), da = (pa - a) / spreadA, db = (pb - b) / spreadB;
            double d = Math.sqrt(dl * dl + da * da + db * db);
            return (float) (1 - smoothstep(2.0, 3.5, d));
        }
    }

    /**
     * For smoothing: each face's own share (a pixel belongs to the face whose map is highest there), with eyes, brows,
     * lips and the mouth cut out closely, so they are never blurred.
     */
    final List<Mask> perFace;
    /**
     * For whitening: the union over all faces, with the features cut out by a wide, soft edge, so the lift fades out
     * around them instead of stopping at an outline.
     */
    final Mask union;
    /**
     * Over the union's region, the index (in {@link #tones}) of the person each pixel belongs to, −1 for none:
     * whitening lifts a person's face, ears and neck by one amount set by that person's own tone, so a shadowed neck
     * changes as much as the lit cheek.
     */
    final int[] owner;
    /** Each face's skin colour. */
    final List<Tone> tones;
    /** The median face width in pixels: the scale of filters that work on all faces at once. */
    final double faceWidth;

    private SkinMap(Mask union, int[] owner, List<Mask> perFace, List<Tone> tones, double faceWidth) {
        this.faceWidth = faceWidth;
        this.union = union;
        this.owner = owner;
        this.perFace = perFace;
        this.tones = tones;
    }

    static SkinMap of(RgbImage image, List<Face> faces) {
        List<Mask> maps = new ArrayList<>();
        List<Tone> tones = new ArrayList<>();
        Rectangle2D all = null;
        for (Face face : faces) {
            Tone tone = toneOf(image, face);
            tones.add(tone);
            Mask map = faceMap(image, face, tone);
            maps.add(map);
            Rectangle2D r = new Rectangle2D.Double(map.region.x(), map.region.y(), map.region.width(), map.region.height());
            all = all == null ? r : all.createUnion(r);
        }
        PixelArea region = all == null ? new PixelArea(0, 0, 1, 1) : PixelArea.around(all, 0, image.width(), image.height());
        Mask union = Mask.empty(region);
        for (Mask map : maps) {
            forEachShared(map, union, (i, j) -> union.values[j] = Math.max(union.values[j], map.values[i]));
        }
        List<Mask> perFace = new ArrayList<>();
        int[] owner = new int[union.values.length];
        java.util.Arrays.fill(owner, -1);
        for (int k = 0; k < faces.size(); k++) {
            Mask map = maps.get(k);
            int person = k;
            forEachShared(map, union, (i, j) -> {
                if (map.values[i] >= union.values[j] && map.values[i] > 0) {
                    owner[j] = person;
                }
            });
            Mask own = Mask.empty(map.region);
            // A pixel another face claims more strongly is that face's: no skin is smoothed twice.
            forEachShared(map, union, (i, j) -> own.values[i] = map.values[i] < union.values[j] ? 0 : map.values[i]);
            cut(own, faces.get(k), 1.5, 1.3, 1.12, 0.04 * faces.get(k).eyeSpan());
            // Smoothing works on the rectangle that holds skin, not on the whole prior (clothes, background).
            perFace.add(own.croppedTo(1f / 256));
        }
        for (Face face : faces) {
            cut(union, face, 1.1, 1.1, 0.9, 0.08 * face.point(234).distance(face.point(454)));
        }
        double[] widths = faces.stream().mapToDouble(f -> f.point(234).distance(f.point(454))).sorted().toArray();
        return new SkinMap(union, owner, List.copyOf(perFace), List.copyOf(tones), widths.length == 0 ? 0 : widths[widths.length / 2]);
    }

    /** Takes the eyes, brows and lips (each polygon scaled as given) out of a map, with a feathered edge. */
    private static void cut(Mask map, Face face, double eyes, double brows, double lips, double feather) {
        List<Shape> features = List.of(
                Mask.polygon(face.x(), face.y(), FaceRegions.RIGHT_EYE, eyes), Mask.polygon(face.x(), face.y(), FaceRegions.LEFT_EYE, eyes),
                Mask.polygon(face.x(), face.y(), FaceRegions.RIGHT_BROW, brows), Mask.polygon(face.x(), face.y(), FaceRegions.LEFT_BROW, brows),
                Mask.polygon(face.x(), face.y(), FaceRegions.LIPS, lips));
        Mask cut = Mask.of(map.region, features, List.of()).feather((int) Math.round(feather));
        for (int i = 0; i < map.values.length; i++) {
            map.values[i] *= 1 - Math.min(1, 1.5f * cut.values[i]);
        }
    }

    /** The person's skin colour from discs around the seed landmarks. */
    static Tone toneOf(RgbImage image, Face face) {
        double radius = Math.max(1.5, 0.04 * face.eyeSpan());
        List<float[]> samples = new ArrayList<>();
        float[] lab = new float[3];
        for (int index : SEEDS) {
            Point2D c = face.point(index);
            for (int y = (int) Math.floor(c.getY() - radius); y <= c.getY() + radius; y++) {
                for (int x = (int) Math.floor(c.getX() - radius); x <= c.getX() + radius; x++) {
                    if (x < 0 || y < 0 || x >= image.width() || y >= image.height()
                            || Point2D.distanceSq(x, y, c.getX(), c.getY()) > radius * radius) {
                        continue;
                    }
                    Lab.fromRgb(image.get(x, y), lab);
                    samples.add(lab.clone());
                }
            }
        }
        if (samples.isEmpty()) {
            return new Tone(60, 12, 16, 15, 6, 8);
        }
        float[] l = column(samples, 0), a = column(samples, 1), b = column(samples, 2);
        float ml = median(l), ma = median(a), mb = median(b);
        // Spreads from the median absolute deviation, with floors: shading and make-up are still skin, and a grey
        // picture (a* = b* = 0) keeps a workable tolerance.
        return new Tone(ml, ma, mb, (float) Math.clamp(2.5 * 1.4826 * mad(l, ml), 13, 22),
                (float) Math.max(3.5, 1.5 * 1.4826 * mad(a, ma)), (float) Math.max(4.5, 1.5 * 1.4826 * mad(b, mb)));
    }

    private static Mask faceMap(RgbImage image, Face face, Tone tone) {
        double width = face.point(234).distance(face.point(454));
        List<Shape> prior = List.of(Mask.polygon(face.x(), face.y(), FaceRegions.FACE_OVAL, 1.18), neckAndChest(face, width),
                ear(face, 234, width), ear(face, 454, width));
        Rectangle2D reach = prior.get(0).getBounds2D();
        for (Shape shape : prior) {
            reach = reach.createUnion(shape.getBounds2D());
        }
        PixelArea region = PixelArea.around(reach, 0.1 * width, image.width(), image.height());
        Mask map = Mask.of(region, prior, List.of()).feather((int) Math.round(0.12 * width));
        float[] lightness = new float[region.size()];
        IntStream.range(0, region.height()).parallel().forEach(y -> {
            float[] lab = new float[3];
            for (int x = 0; x < region.width(); x++) {
                int i = y * region.width() + x, rgb = image.get(region.x() + x, region.y() + y);
                if (map.values[i] > 0) {
                    Lab.fromRgb(rgb, lab);
                    lightness[i] = lab[0] / 100;
                    map.values[i] *= tone.likelihood(lab[0], lab[1], lab[2]);
                } else {
                    lightness[i] = Lab.lightness(rgb) / 100; // outside the outline only the guide needs it
                }
            }
        });
        GuidedFilter.smooth(map.values, lightness, region.width(), region.height(),
                Math.max(2, (int) Math.round(0.015 * width)), 0.0025f);
        for (int i = 0; i < map.values.length; i++) {
            map.values[i] = Math.clamp(map.values[i], 0f, 1f);
        }
        return map;
    }

    /** Where an ear can be: an ellipse beside the face's edge at {@code side} (234 or 454), in the face's frame. */
    private static Shape ear(Face face, int side, double width) {
        Point2D edge = face.point(side), centre = face.point(FaceRegions.NOSE);
        double dx = edge.getX() - centre.getX(), dy = edge.getY() - centre.getY(), d = Math.hypot(dx, dy);
        double cx = edge.getX() + dx / d * 0.08 * width, cy = edge.getY() + dy / d * 0.08 * width;
        java.awt.geom.Ellipse2D ellipse = new java.awt.geom.Ellipse2D.Double(cx - 0.12 * width, cy - 0.22 * width, 0.24 * width, 0.44 * width);
        return java.awt.geom.AffineTransform.getRotateInstance(face.roll(), cx, cy).createTransformedShape(ellipse);
    }

    /**
     * Below the jaw, in the face's own frame: the neck, widening to the upper chest. Clothing falls out by colour;
     * the outline only keeps the background of the photo out.
     */
    private static Shape neckAndChest(Face face, double width) {
        Point2D right = face.point(58), left = face.point(288);
        Point2D top = face.point(FaceRegions.FOREHEAD_TOP), chin = face.point(FaceRegions.CHIN);
        double height = top.distance(chin);
        double ux = (left.getX() - right.getX()), uy = (left.getY() - right.getY());
        double ul = Math.hypot(ux, uy);
        ux /= ul;
        uy /= ul;
        double vx = -uy, vy = ux; // down the face
        if (vx * (chin.getX() - top.getX()) + vy * (chin.getY() - top.getY()) < 0) {
            vx = -vx;
            vy = -vy;
        }
        Path2D.Double p = new Path2D.Double();
        p.moveTo(right.getX(), right.getY());
        p.lineTo(left.getX(), left.getY());
        p.lineTo(left.getX() + vx * 0.9 * height + ux * 0.1 * width, left.getY() + vy * 0.9 * height + uy * 0.1 * width);
        p.lineTo(left.getX() + vx * 1.5 * height + ux * 0.6 * width, left.getY() + vy * 1.5 * height + uy * 0.6 * width);
        p.lineTo(right.getX() + vx * 1.5 * height - ux * 0.6 * width, right.getY() + vy * 1.5 * height - uy * 0.6 * width);
        p.lineTo(right.getX() + vx * 0.9 * height - ux * 0.1 * width, right.getY() + vy * 0.9 * height - uy * 0.1 * width);
        p.closePath();
        return p;
    }

    private interface Shared {
        void at(int ownIndex, int unionIndex);
    }

    /** Visits every pixel of {@code own} with its index in {@code union}, rows spread over the cores (one visit a pixel). */
    private static void forEachShared(Mask own, Mask union, Shared visit) {
        PixelArea r = own.region, u = union.region;
        IntStream.range(0, r.height()).parallel().forEach(y -> {
            for (int x = 0; x < r.width(); x++) {
                visit.at(y * r.width() + x, (r.y() + y - u.y()) * u.width() + r.x() + x - u.x());
            }
        });
    }

    static double smoothstep(double edge0, double edge1, double v) {
        double t = Math.clamp((v - edge0) / (edge1 - edge0), 0, 1);
        return t * t * (3 - 2 * t);
    }

    private static float[] column(List<float[]> rows, int c) {
        float[] out = new float[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[c];
        }
        return out;
    }

    private static float median(float[] v) {
        float[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double mad(float[] v, float median) {
        float[] d = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = Math.abs(v[i] - median);
        }
        return median(d);
    }
}
