package dev.facebeauty.retouch;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.RgbImage;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;

/**
 * Removes the eyebrows by texture, not by a flat fill. For each brow: a smooth membrane over the brow from the skin
 * around it (push-pull interpolation, weighted by how skin-like each surrounding pixel is, so a glasses frame or hair
 * nearby does not bleed in); the forehead's own grain laid over it, scaled to the grain of the skin around the brow;
 * and a soft blend that takes the whole brow and, just outside it, only the hairs darker than the skin, so no outline
 * is left. A brow that is not visibly darker than the skin around it (a painting, a blond or shaved brow) is left
 * alone: there is nothing to remove.
 */
final class EyebrowRemoval {

    /** How much darker (L*) than the skin around it a brow must be to be removed at all, and to be removed fully. */
    private static final double FAINT = 3, CLEAR = 9;

    private EyebrowRemoval() {
    }

    static void apply(RgbImage image, Face face, SkinMap.Tone tone, double strength) {
        if (strength <= 0) {
            return;
        }
        for (int[] brow : List.of(FaceRegions.RIGHT_BROW, FaceRegions.LEFT_BROW)) {
            removeOne(image, face, tone, brow, strength);
        }
    }

    private static void removeOne(RgbImage image, Face face, SkinMap.Tone tone, int[] brow, double strength) {
        Rectangle2D bounds = face.bounds(brow);
        double browHeight = Math.max(3, bounds.getHeight());
        Region region = Region.around(bounds, browHeight * 1.6, image.width(), image.height());
        int width = region.width(), height = region.height(), n = region.size();
        Shape outline = Mask.polygon(face.x(), face.y(), brow, 1.0);
        Mask inside = Mask.of(region, List.of(outline), List.of());
        Mask hole = Mask.of(region, List.of(Mask.grown(outline, browHeight * 0.35)), List.of());
        Mask core = Mask.of(region, List.of(Mask.grown(outline, browHeight * 0.1)), List.of())
                .feather((int) Math.round(browHeight * 0.25));
        Mask outer = Mask.of(region, List.of(Mask.grown(outline, browHeight * 0.6)), List.of())
                .feather((int) Math.round(browHeight * 0.3));
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
            return;
        }
        // The membrane: weights are the skin-like pixels outside the hole.
        float[] weight = new float[n];
        double skinAround = 0, around = 0;
        for (int i = 0; i < n; i++) {
            // Skin around the brow, but not stray brow hairs or lashes: those are much darker than the ring's median.
            // A pixel either holds (clearly skin) or is filled: partial weights would let the membrane reach into
            // shadows and highlights far from the brow and grey the fill.
            double skin = skinLike[i] * SkinMap.smoothstep(-12, -5, lightness[i] - ringL);
            weight[i] = hole.values[i] > 0.5f || skin < 0.3 ? 0 : 1;
            skinAround += weight[i];
            around += hole.values[i] > 0.5f ? 0 : 1;
        }
        if (skinAround < 0.2 * around) {
            return; // the brow is not on skin (hidden by a hand, a camera, a frame): nothing to fill it from
        }
        float[][] fill = new float[3][];
        float[][] channels = planes.channels();
        for (int c = 0; c < 3; c++) {
            fill[c] = channels[c].clone();
            pushPull(fill[c], weight.clone(), width, height);
            relax(fill[c], weight, width, height, (int) Math.round(4 * browHeight));
        }
        matchSkinColour(fill, weight, chromaA, chromaB, outer.values);
        addGrain(fill, channels, weight, outer.values, width, height, browHeight);
        // Hairs: pixels darker than the fill by more than a little.
        float[] alpha = new float[n];
        for (int i = 0; i < n; i++) {
            double fillLuma = luma(fill[0][i], fill[1][i], fill[2][i]), ownLuma = luma(channels[0][i], channels[1][i], channels[2][i]);
            double hair = SkinMap.smoothstep(2, 10, fillLuma - ownLuma);
            alpha[i] = (float) (Math.max(core.values[i], outer.values[i] * hair) * visible * strength);
        }
        for (int c = 0; c < 3; c++) {
            System.arraycopy(fill[c], 0, channels[c], 0, n);
        }
        Mask blend = Mask.empty(region);
        System.arraycopy(alpha, 0, blend.values, 0, n);
        planes.blendInto(image, blend, 1);
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
    private static void addGrain(float[][] fill, float[][] own, float[] weight, float[] where, int width, int height, double browHeight) {
        int block = Math.max(3, (int) Math.round(browHeight * 0.35));
        int radius = Math.max(1, (int) Math.round(browHeight * 0.12));
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
        for (int by = 0; by < height; by += block) {
            for (int bx = 0; bx < width; bx += block) {
                int from = sources[random.nextInt(count)];
                int fx = from % width, fy = from / width;
                for (int dy = 0; dy < block && by + dy < height; dy++) {
                    for (int dx = 0; dx < block && bx + dx < width; dx++) {
                        int i = (by + dy) * width + bx + dx, j = (fy + dy) * width + fx + dx;
                        if (where[i] > 0) {
                            for (int c = 0; c < 3; c++) {
                                fill[c][i] += detail[c][j];
                            }
                        }
                    }
                }
            }
        }
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
        for (int pass = 0; pass < 3; pass++) {
            Mask.boxBlur(low, width, height, radius);
            Mask.boxBlur(weight, width, height, radius);
        }
        for (int i = 0; i < low.length; i++) {
            low[i] = weight[i] > 1e-3f ? skin[i] * (v[i] - low[i] / weight[i]) : 0;
        }
        return low;
    }

    private static double luma(double r, double g, double b) {
        return 0.299 * r + 0.587 * g + 0.114 * b;
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
