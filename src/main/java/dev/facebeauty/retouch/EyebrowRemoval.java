package dev.facebeauty.retouch;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.BoxBlur;
import dev.facebeauty.imaging.RgbImage;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Removes the eyebrows by texture, not by a flat fill. For each brow: a smooth membrane over the brow from the clear
 * skin around it (push-pull interpolation, then Laplace relaxation; hairs, lashes, frames and deep shadow are not
 * sources), coloured like that skin; the skin's own grain copied over it block by block, scaled to the local spread of
 * the skin around the brow; and a soft blend that takes the whole brow and, just outside it, only the hairs darker than
 * the fill, so no outline is left — never the eyes, anything outside the face, or a frame or fringe crossing it. A brow
 * that is not visibly darker than the skin around it (a painting, a blond or shaved brow) is left alone: there is
 * nothing to remove.
 */
final class EyebrowRemoval {

    /** How much darker (L*) than the skin around it a brow must be to be removed at all, and to be removed fully. */
    private static final double FAINT = 3, CLEAR = 9;

    private EyebrowRemoval() {
    }

    /**
     * Both brows or neither, to the same degree: a face with one brow gone and the other left (hidden under a fringe,
     * crossed by a frame, turned away) looks worse than one left alone.
     */
    static void apply(RgbImage image, Face face, SkinMap.Tone tone, double strength) {
        if (strength <= 0) {
            return;
        }
        Removal right = plan(image, face, tone, FaceRegions.RIGHT_BROW);
        Removal left = right == null ? null : plan(image, face, tone, FaceRegions.LEFT_BROW);
        if (left == null) {
            return;
        }
        double visible = Math.min(right.visible(), left.visible());
        right.applyTo(image, visible * strength);
        left.applyTo(image, visible * strength);
    }

    /** One brow's planned removal: the fill (in the planes) and how much of it each pixel takes at full strength. */
    private record Removal(Planes planes, float[] alpha, double visible) {

        void applyTo(RgbImage image, double strength) {
            Mask blend = Mask.empty(planes.region);
            for (int i = 0; i < alpha.length; i++) {
                blend.values[i] = (float) (alpha[i] * strength);
            }
            planes.blendInto(image, blend, 1);
        }
    }

    /** Null when this brow cannot be removed cleanly: not visible, not on skin, or crossed by something else. */
    private static Removal plan(RgbImage image, Face face, SkinMap.Tone tone, int[] brow) {
        Rectangle2D bounds = face.bounds(brow);
        double browHeight = Math.max(3, bounds.getHeight());
        PixelArea region = PixelArea.around(bounds, browHeight * 1.6, image.width(), image.height());
        int width = region.width(), height = region.height(), n = region.size();
        Shape outline = Mask.polygon(face.x(), face.y(), brow, 1.0);
        Mask inside = Mask.of(region, List.of(outline), List.of());
        Mask hole = Mask.of(region, List.of(Mask.grown(outline, browHeight * 0.35)), List.of());
        Mask core = Mask.of(region, List.of(Mask.grown(outline, browHeight * 0.1)), List.of())
                .feather((int) Math.round(browHeight * 0.25));
        Mask outer = Mask.of(region, List.of(Mask.grown(outline, browHeight * 0.4)), List.of())
                .feather((int) Math.round(browHeight * 0.2));
        Planes planes = Planes.read(image, region);
        float[] lightness = new float[n], skinLike = new float[n], chromaA = new float[n], chromaB = new float[n];
        float[] lab = new float[3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                Lab.fromRgb(image.get(region.x() + x, region.y() + y), lab);
                lightness[i] = lab[0];
                chromaA[i] = lab[1];
                chromaB[i] = lab[2];
                skinLike[i] = tone.likelihood(lab[0], lab[1], lab[2]);
            }
        }
        // The brow's hairs are its darker part: a thin brow's polygon is mostly skin.
        double browL = BrowFill.percentile(lightness, inside.values, 0.5f, null, 0.3);
        double ringL = BrowFill.percentile(lightness, hole.values, -0.5f, skinLike, 0.5);
        double visible = SkinMap.smoothstep(FAINT, CLEAR, ringL - browL);
        if (!(visible > 0)) { // NaN too: no skin around to compare with
            return null;
        }
        float[][] channels = planes.channels();
        // Fine dark detail (hairs, lines, frames, lashes), not broad shading: darker than its own surroundings.
        float[] ownLuma = new float[n];
        for (int i = 0; i < n; i++) {
            ownLuma[i] = (float) Look.luma(channels[0][i], channels[1][i], channels[2][i]);
        }
        float[] surroundings = ownLuma.clone();
        BoxBlur.smooth(surroundings, width, height, Math.max(1, (int) Math.round(browHeight * 0.3)));
        boolean[] fineDark = new boolean[n];
        for (int i = 0; i < n; i++) {
            fineDark[i] = surroundings[i] - ownLuma[i] > 6;
        }
        // The membrane holds to the clear skin around the brow: skin-like, not a stray hair or a lash, not deep in
        // shadow. The shaded skin of the lid and brow ridge counts, so the fill is as shaded as the skin it replaces.
        // A pixel either holds or is filled: partial weights would let the membrane drift and grey the fill.
        float[] weight = new float[n];
        double skinAround = 0, around = 0;
        for (int i = 0; i < n; i++) {
            boolean holds = hole.values[i] <= 0.5f && skinLike[i] >= 0.3f && !fineDark[i] && lightness[i] > ringL - 25;
            weight[i] = holds ? 1 : 0;
            skinAround += weight[i];
            around += hole.values[i] > 0.5f ? 0 : 1;
        }
        if (skinAround < 0.2 * around) {
            return null; // the brow is not on skin (hidden by a hand, a camera, a frame): nothing to fill it from
        }
        float[][] fill = new float[3][];
        for (int c = 0; c < 3; c++) {
            fill[c] = channels[c].clone();
            BrowFill.pushPull(fill[c], weight.clone(), width, height);
            BrowFill.relax(fill[c], weight, width, height, (int) Math.round(4 * browHeight));
        }
        BrowFill.matchSkinColour(fill, weight, chromaA, chromaB, outer.values);
        // Hairs: pixels darker than the fill by more than a little.
        float[] hair = new float[n];
        boolean[] dark = new boolean[n];
        for (int i = 0; i < n; i++) {
            hair[i] = (float) SkinMap.smoothstep(2, 10, Look.luma(fill[0][i], fill[1][i], fill[2][i]) - ownLuma[i]);
            dark[i] = hair[i] > 0.5f && fineDark[i];
        }
        float[] keep = protectedArea(face, brow, region, dark, core, outer, browHeight);
        if (keep == null) {
            return null;
        }
        BrowFill.addGrain(fill, channels, ownLuma, weight, outer.values, width, height, browHeight);
        float[] alpha = new float[n];
        for (int i = 0; i < n; i++) {
            alpha[i] = Math.max(core.values[i], outer.values[i] * hair[i]) * (1 - keep[i]);
        }
        for (int c = 0; c < 3; c++) {
            System.arraycopy(fill[c], 0, channels[c], 0, n);
        }
        return new Removal(planes, alpha, visible);
    }

    /**
     * What brow removal must never touch, 1 there, with a soft edge: the eyes with their lids and lashes; whatever
     * lies outside the face's outline (a profile's brow ridge against a wall); and, around the brow, every dark
     * structure that is not the brow itself — a glasses frame, a fringe of hair, an eyeliner wing — found as a
     * connected run of fine dark detail that reaches well outside the brow's neighbourhood or the edge of the work
     * area. Inside the brow's own outline only the eyes and the face's edge are kept. Null when such a structure runs
     * across the whole brow (a frame's top bar, a fringe over it): then the brow is left as it is, since removing it
     * would cut that structure.
     */
    private static float[] protectedArea(Face face, int[] brow, PixelArea region, boolean[] dark, Mask core, Mask outer,
                                         double browHeight) {
        int width = region.width(), height = region.height(), n = region.size();
        List<Shape> eyes = new java.util.ArrayList<>();
        for (int[] eye : List.of(FaceRegions.RIGHT_EYE, FaceRegions.LEFT_EYE)) {
            Rectangle2D b = face.bounds(eye);
            eyes.add(Mask.grown(Mask.polygon(face.x(), face.y(), eye, 1.0), Math.max(2, 0.12 * b.getWidth())));
        }
        Mask eyeZone = Mask.of(region, eyes, List.of()).feather(Math.max(1, (int) Math.round(browHeight * 0.3)));
        Mask faceZone = Mask.of(region, List.of(Mask.polygon(face.x(), face.y(), FaceRegions.FACE_OVAL, 1.03)), List.of());
        // The brow's axis, from its outer end to its inner end, for "runs across the whole brow".
        double ax = face.x()[brow[0]] - region.x(), ay = face.y()[brow[0]] - region.y();
        double bx = face.x()[brow[4]] - region.x(), by = face.y()[brow[4]] - region.y();
        double length = Math.hypot(bx - ax, by - ay);
        double ux = (bx - ax) / length, uy = (by - ay) / length;
        float[] keep = new float[n];
        int[] stack = new int[n];
        boolean[] seen = new boolean[n];
        int[] members = new int[n];
        for (int start = 0; start < n; start++) {
            if (!dark[start] || seen[start]) {
                continue;
            }
            int top = 0, count = 0, outside = 0, inCore = 0;
            double minT = Double.MAX_VALUE, maxT = -Double.MAX_VALUE;
            boolean edge = false;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int i = stack[--top];
                members[count++] = i;
                int x = i % width, y = i / width;
                edge |= x == 0 || y == 0 || x == width - 1 || y == height - 1;
                outside += outer.values[i] < 0.5f ? 1 : 0;
                inCore += core.values[i] > 0.5f ? 1 : 0;
                double t = (x - ax) * ux + (y - ay) * uy;
                minT = Math.min(minT, t);
                maxT = Math.max(maxT, t);
                for (int j : new int[]{x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1}) {
                    if (j >= 0 && dark[j] && !seen[j]) {
                        seen[j] = true;
                        stack[top++] = j;
                    }
                }
            }
            // Mostly inside the brow's outline, it is the brow (with a crease or a stray hair joined to it); otherwise
            // it is something else when it reaches well outside the brow's neighbourhood.
            boolean foreign = inCore < 0.5 * count && (edge || outside > 0.2 * count);
            if (foreign && inCore > 0.1 * count && minT < -0.1 * length && maxT > 1.1 * length) {
                return null;
            }
            if (foreign) {
                for (int k = 0; k < count; k++) {
                    keep[members[k]] = core.values[members[k]] > 0.5f ? 0 : 1;
                }
            }
        }
        // Grow the protection by a pixel or two and soften it, so an edge of a kept structure is not nibbled.
        int soft = Math.max(1, (int) Math.round(browHeight * 0.08));
        float[] grown = keep.clone();
        BoxBlur.blur(grown, width, height, soft);
        for (int i = 0; i < n; i++) {
            keep[i] = Math.min(1, Math.max(keep[i], 2 * grown[i]) * (1 - core.values[i]));
            keep[i] = Math.max(keep[i], Math.max(eyeZone.values[i], 1 - faceZone.values[i]));
        }
        return keep;
    }
}
