package dev.facebeauty.retouch;

import dev.facebeauty.face.Face;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.model.BeautyParameters;

import java.util.List;

/**
 * Applies the six Face Beauty Pro parameters and the filter to a photo whose faces are known, with the same meanings
 * as the cloud: each slider 0–100 (0 = off), the filter last. Order: the skin map from the untouched photo, then
 * eyebrows, then skin (smoothing, then whitening) on the original geometry, then the geometry of each face, then the
 * colour look over the whole photo. With no face there is no skin to work on: only the filter applies. All-neutral
 * settings return the pixels unchanged.
 */
public final class Retoucher {

    /** Photos up to this size (a screen-sized preview) keep their skin map between renders. */
    static final long CACHED_PIXELS = 3_000_000;

    /**
     * The skin map of the last preview-sized photo: it depends on the photo and its faces only, not on the sliders, so
     * a live preview that re-renders the same photo while a slider moves builds it once.
     */
    private static final class LastMap {
        static java.lang.ref.WeakReference<int[]> pixels = new java.lang.ref.WeakReference<>(null);
        static List<Face> faces = List.of();
        static SkinMap map;
    }

    private Retoucher() {
    }

    private static SkinMap skinMapOf(RgbImage photo, List<Face> faces) {
        if ((long) photo.width() * photo.height() > CACHED_PIXELS) {
            return SkinMap.of(photo, faces);
        }
        synchronized (LastMap.class) {
            if (LastMap.pixels.get() == photo.pixels() && LastMap.faces.equals(faces)) {
                return LastMap.map;
            }
        }
        SkinMap map = SkinMap.of(photo, faces);
        synchronized (LastMap.class) {
            LastMap.pixels = new java.lang.ref.WeakReference<>(photo.pixels());
            LastMap.faces = List.copyOf(faces);
            LastMap.map = map;
        }
        return map;
    }

    public static RgbImage retouch(RgbImage photo, List<Face> faces, BeautyParameters p) {
        return retouch(photo, photo.copy(), faces, p);
    }

    /**
     * The same result, written over {@code photo}'s own pixels: for a caller that made the photo for this and keeps
     * nothing of it, since a camera-sized photo's pixels are 96–180 MB. The skin map is read from the photo before any
     * pixel changes, and not kept for a later render (these pixels will not be the photo again).
     */
    public static RgbImage retouchInPlace(RgbImage photo, List<Face> faces, BeautyParameters p) {
        return retouch(photo, photo, faces, p);
    }

    /** Into {@code out}, a copy of {@code photo} or the photo itself; only a photo left untouched keeps its skin map. */
    private static RgbImage retouch(RgbImage photo, RgbImage out, List<Face> faces, BeautyParameters p) {
        if (!faces.isEmpty()) {
            double smoothing = p.smoothing() / 100.0, whitening = p.whitening() / 100.0;
            boolean skinWork = smoothing > 0 || whitening > 0 || p.removeEyebrow() > 0;
            SkinMap skin = !skinWork ? null : out != photo ? skinMapOf(photo, faces) : SkinMap.of(photo, faces);
            for (int k = 0; k < faces.size(); k++) {
                if (p.removeEyebrow() > 0) {
                    EyebrowRemoval.apply(out, faces.get(k), skin.tones.get(k), p.removeEyebrow() / 100.0);
                }
                if (smoothing > 0) {
                    Smoothing.apply(out, skin.perFace.get(k), smoothing, faces.get(k).eyeSpan());
                }
            }
            if (whitening > 0) {
                Whitening.apply(out, skin, whitening);
            }
            for (Face face : faces) {
                FaceWarp.apply(out, face, p.thinface() / 100.0, p.shrinkFace() / 100.0, p.enlargeEye() / 100.0);
            }
        }
        p.filter().ifPresent(filter -> Filters.table(filter).apply(out));
        return out;
    }
}
