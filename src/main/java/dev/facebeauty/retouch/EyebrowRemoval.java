package dev.facebeauty.retouch;

import dev.facebeauty.imaging.BoxBlur;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.RgbImage;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
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
        double browL = percentile(lightness, inside.values, 0.5f, null, 0.3);
        double ringL = percentile(lightness, hole.values, -0.5f, skinLike, 0.5);
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
            pushPull(fill[c], weight.clone(), width, height);
            relax(fill[c], weight, width, height, (int) Math.round(4 * browHeight));
        }
        matchSkinColour(fill, weight, chromaA, chromaB, outer.values);
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
        addGrain(fill, channels, ownLuma, weight, outer.values, width, height, browHeight);
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

    /**
     * Gives the fill the colour of the clear skin around the brow: the membrane keeps its lightness, but its a* and
     * b* lean to the ring's median, so shadows under the brow or a highlight above it do not grey or tint the fill.
     */
    private static void matchSkinColour(float[][] fill, float[] weight, float[] chromaA, float[] chromaB, float[] where) {
        double ringA = percentile(chromaA, weight, 0.5f, null, 0.5), ringB = percentile(chromaB, weight, 0.5f, null, 0.5);
        float[] lab = new float[3];
        for (int i = 0; i < weight.length; i++) {
            if (where[i] <= 0 || weight[i] > 0) {
                continue;
            }
            int rgb = clamp(fill[0][i]) << 16 | clamp(fill[1][i]) << 8 | clamp(fill[2][i]);
            Lab.fromRgb(rgb, lab);
            int matched = Lab.toRgb(lab[0], (float) (0.35 * lab[1] + 0.65 * ringA), (float) (0.35 * lab[2] + 0.65 * ringB));
            fill[0][i] = matched >> 16 & 255;
            fill[1][i] = matched >> 8 & 255;
            fill[2][i] = matched & 255;
        }
    }

    private static int clamp(float v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v);
    }

    /**
     * Lays skin grain over the smooth fill: the finest band of the skin around the brow, copied block by block from
     * randomly chosen places where the skin is clear (a fixed seed, so a result can be repeated), so the filled brow
     * has the same pores and grain as its surroundings. Hair, lashes and the brow itself are never a source.
     */
    private static void addGrain(float[][] fill, float[][] own, float[] ownLuma, float[] weight, float[] where, int width,
                                 int height, double browHeight) {
        int block = Math.max(3, (int) Math.round(browHeight * 0.35));
        int radius = Math.max(1, (int) Math.round(browHeight * 0.25));
        float[][] detail = new float[3][];
        for (int c = 0; c < 3; c++) {
            detail[c] = highPass(own[c], weight, width, height, radius);
        }
        // Block corners whose whole block is clear skin.
        int[] sources = new int[width * height];
        int count = 0;
        for (int y = 0; y + block <= height; y++) {
            for (int x = 0; x + block <= width; x++) {
                if (clear(weight, width, x, y, block)) {
                    sources[count++] = y * width + x;
                }
            }
        }
        if (count == 0) {
            return;
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(0x5EEDL + width * 31L + height);
        float[][] grain = new float[3][width * height];
        for (int by = 0; by < height; by += block) {
            for (int bx = 0; bx < width; bx += block) {
                int from = sources[random.nextInt(count)];
                int fx = from % width, fy = from / width;
                for (int dy = 0; dy < block && by + dy < height; dy++) {
                    for (int dx = 0; dx < block && bx + dx < width; dx++) {
                        int i = (by + dy) * width + bx + dx, j = (fy + dy) * width + fx + dx;
                        if (where[i] > 0) {
                            for (int c = 0; c < 3; c++) {
                                grain[c][i] = detail[c][j];
                            }
                        }
                    }
                }
            }
        }
        // The copied band carries the pores but not the skin's slightly coarser unevenness: scale it so the filled
        // brow's local spread (5 × 5) matches that of the clear skin around it, within bounds.
        float[] withGrain = new float[width * height];
        for (int i = 0; i < withGrain.length; i++) {
            withGrain[i] = (float) Look.luma(fill[0][i] + grain[0][i], fill[1][i] + grain[1][i], fill[2][i] + grain[2][i]);
        }
        double target = medianDeviation(ownLuma, weight, 1f, width, height);
        float[] hole = new float[weight.length];
        for (int i = 0; i < hole.length; i++) {
            hole[i] = where[i] > 0.5f && weight[i] == 0 ? 1 : 0;
        }
        double now = medianDeviation(withGrain, hole, 1f, width, height);
        float gain = now > 1e-3 && target > 0 ? (float) Math.clamp(target / now, 1, 2.5) : 1;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < withGrain.length; i++) {
                fill[c][i] += gain * grain[c][i];
            }
        }
    }

    /** The median 5 × 5 standard deviation of {@code v} over the pixels where {@code mask} equals {@code on}. */
    private static double medianDeviation(float[] v, float[] mask, float on, int width, int height) {
        float[] picked = new float[v.length];
        int k = 0;
        for (int y = 2; y < height - 2; y++) {
            for (int x = 2; x < width - 2; x++) {
                if (mask[y * width + x] != on) {
                    continue;
                }
                double sum = 0, sum2 = 0;
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        float p = v[(y + dy) * width + x + dx];
                        sum += p;
                        sum2 += p * p;
                    }
                }
                picked[k++] = (float) Math.sqrt(Math.max(0, sum2 / 25 - (sum / 25) * (sum / 25)));
            }
        }
        if (k == 0) {
            return 0;
        }
        picked = Arrays.copyOf(picked, k);
        Arrays.sort(picked);
        return picked[k / 2];
    }

    private static boolean clear(float[] weight, int width, int x, int y, int block) {
        for (int dy = 0; dy < block; dy++) {
            for (int dx = 0; dx < block; dx++) {
                if (weight[(y + dy) * width + x + dx] < 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The finest band of {@code v} over skin only: the local mean is a normalised convolution with the skin weights,
     * so skin next to hair gets no bright halo from the hair's darkness; zero off the skin.
     */
    private static float[] highPass(float[] v, float[] skin, int width, int height, int radius) {
        float[] low = new float[v.length], weight = skin.clone();
        for (int i = 0; i < v.length; i++) {
            low[i] = v[i] * skin[i];
        }
        BoxBlur.smooth(low, width, height, radius);
        BoxBlur.smooth(weight, width, height, radius);
        for (int i = 0; i < low.length; i++) {
            low[i] = weight[i] > 1e-3f ? skin[i] * (v[i] - low[i] / weight[i]) : 0;
        }
        return low;
    }


    /**
     * A percentile (0–1) of {@code values} where {@code mask} is above {@code threshold} (below −threshold when it is
     * negative), and where {@code skin}, when given, is above one half.
     */
    private static double percentile(float[] values, float[] mask, float threshold, float[] skin, double p) {
        float[] picked = new float[values.length];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            boolean in = threshold >= 0 ? mask[i] > threshold : mask[i] < -threshold;
            if (in && (skin == null || skin[i] > 0.5f)) {
                picked[k++] = values[i];
            }
        }
        if (k == 0) {
            return Double.NaN;
        }
        picked = Arrays.copyOf(picked, k);
        Arrays.sort(picked);
        return picked[(int) Math.min(k - 1, Math.round(p * (k - 1)))];
    }

    /**
     * Fills {@code values} from the pixels with weight, in place: each level of a pyramid halves the size with
     * weighted means, then each finer level takes the coarser value where its own weight is missing.
     */
    static void pushPull(float[] values, float[] weight, int width, int height) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= weight[i]; // premultiplied
        }
        fill(values, weight, width, height);
    }

    /**
     * Smooths the fill into a membrane: Gauss–Seidel steps of Laplace's equation on the pixels without weight, the
     * skin around them held at its own values, so the fill has no pyramid blocks and meets its border without a step.
     */
    static void relax(float[] fill, float[] weight, int width, int height, int iterations) {
        for (int it = 0; it < iterations; it++) {
            for (int y = 1; y < height - 1; y++) {
                for (int x = 1; x < width - 1; x++) {
                    int i = y * width + x;
                    if (weight[i] == 0) {
                        fill[i] = (fill[i - 1] + fill[i + 1] + fill[i - width] + fill[i + width]) / 4;
                    }
                }
            }
        }
    }

    private static void fill(float[] v, float[] w, int width, int height) {
        if (width <= 1 && height <= 1) {
            if (w[0] > 0) {
                v[0] /= w[0];
                w[0] = 1;
            }
            return;
        }
        int cw = (width + 1) / 2, ch = (height + 1) / 2;
        float[] cv = new float[cw * ch], cwt = new float[cw * ch];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int c = (y / 2) * cw + x / 2;
                cv[c] += v[y * width + x];
                cwt[c] += w[y * width + x];
            }
        }
        for (int i = 0; i < cwt.length; i++) {
            if (cwt[i] > 1) { // renormalise to at most 1, keeping the premultiplied mean
                cv[i] /= cwt[i];
                cwt[i] = 1;
            }
        }
        fill(cv, cwt, cw, ch);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x, c = (y / 2) * cw + x / 2;
                float own = Math.min(1, w[i]);
                float mean = own > 0 ? v[i] / w[i] : 0;
                v[i] = own * mean + (1 - own) * cv[c];
                w[i] = 1;
            }
        }
    }
}
