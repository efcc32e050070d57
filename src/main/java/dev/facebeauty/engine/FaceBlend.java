package dev.facebeauty.engine;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.model.FaceAmounts;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Face by face in a group photo: a retouch kept in full everywhere except around the faces given less, where it
 * gives way, softly, to a base picture (the photo with the look alone for the built-in engine, the photo itself for
 * the service's result). Each face's region is an ellipse over its outline, grown to take in what the retouch moves
 * near it (the jaw's warp, the neck's skin), with a feathered edge so no seam shows.
 */
public final class FaceBlend {

    /** The region's full-strength ellipse, in face outlines: the warps reach 16–18 % of the face's width outside it. */
    static final double CORE = 1.25;
    /** Where the region has faded out, in face outlines. */
    static final double EDGE = 1.6;

    private FaceBlend() {
    }

    /**
     * {@code retouched} mixed toward {@code base} where faces keep less than 100 %; a new picture. {@code faces} are
     * in the pictures' pixels and numbered as {@code amounts} numbers them.
     */
    public static RgbImage apply(RgbImage base, RgbImage retouched, List<Face> faces, FaceAmounts amounts) {
        RgbImage out = retouched.copy();
        if (amounts.everyFaceInFull()) {
            return out;
        }
        int w = out.width(), h = out.height();
        float[] keep = new float[w * h];
        java.util.Arrays.fill(keep, 1f);
        for (int i = 0; i < faces.size(); i++) {
            double amount = amounts.of(i) / 100.0;
            if (amount >= 1) {
                continue;
            }
            Rectangle2D oval = faces.get(i).bounds(FaceRegions.FACE_OVAL);
            double cx = oval.getCenterX(), cy = oval.getCenterY();
            double rx = oval.getWidth() / 2, ry = oval.getHeight() / 2;
            int x0 = Math.max(0, (int) (cx - rx * EDGE)), x1 = Math.min(w - 1, (int) Math.ceil(cx + rx * EDGE));
            int y0 = Math.max(0, (int) (cy - ry * EDGE)), y1 = Math.min(h - 1, (int) Math.ceil(cy + ry * EDGE));
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    double dx = (x + 0.5 - cx) / rx, dy = (y + 0.5 - cy) / ry;
                    double r = Math.sqrt(dx * dx + dy * dy);
                    double inside = r <= CORE ? 1 : r >= EDGE ? 0 : smooth((EDGE - r) / (EDGE - CORE));
                    float k = (float) (1 - inside * (1 - amount));
                    keep[y * w + x] = Math.min(keep[y * w + x], k);
                }
            }
        }
        int[] b = base.pixels(), o = out.pixels();
        for (int p = 0; p < o.length; p++) {
            float k = keep[p];
            if (k < 1) {
                o[p] = mix(b[p], o[p], k);
            }
        }
        return out;
    }

    /** The photo with the look alone (no face retouched): what a face left out shows with the built-in engine. */
    public static RgbImage lookOnly(RgbImage photo, dev.facebeauty.model.BeautyParameters parameters) {
        return dev.facebeauty.retouch.Retoucher.retouch(photo, List.of(), parameters);
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private static int mix(int from, int to, float k) {
        int r = Math.round((from >> 16 & 255) + ((to >> 16 & 255) - (from >> 16 & 255)) * k);
        int g = Math.round((from >> 8 & 255) + ((to >> 8 & 255) - (from >> 8 & 255)) * k);
        int bl = Math.round((from & 255) + ((to & 255) - (from & 255)) * k);
        return r << 16 | g << 8 | bl;
    }
}
