package dev.facebeauty.retouch;

import dev.facebeauty.api.BeautyParameters;
import dev.facebeauty.face.Face;
import dev.facebeauty.imaging.RgbImage;

import java.util.List;

/**
 * Applies the six Face Beauty Pro parameters and the filter to a photo whose faces are known, with the same meanings
 * as the cloud: each slider 0–100 (0 = off), the filter last. Order: eyebrows, then skin (smoothing, then whitening)
 * on the original geometry, then the geometry of each face, then the colour look over the whole photo. With no face,
 * skin is found by colour and the geometry effects are skipped. All-neutral settings return the pixels unchanged.
 */
public final class Retoucher {

    private Retoucher() {
    }

    public static RgbImage retouch(RgbImage photo, List<Face> faces, BeautyParameters p) {
        RgbImage out = photo.copy();
        double smoothing = p.smoothing() / 100.0, whitening = p.whitening() / 100.0;
        if (faces.isEmpty()) {
            if (smoothing > 0 || whitening > 0) {
                Mask skin = SkinMask.byColour(out);
                Smoothing.apply(out, skin, smoothing, Math.min(out.width(), out.height()) * 0.15);
                Whitening.apply(out, skin, whitening);
            }
        }
        for (Face face : faces) {
            EyebrowRemoval.apply(out, face, p.removeEyebrow() / 100.0);
            if (smoothing > 0 || whitening > 0) {
                Mask skin = SkinMask.of(out, face);
                Smoothing.apply(out, skin, smoothing, face.eyeSpan());
                Whitening.apply(out, skin, whitening);
            }
        }
        for (Face face : faces) {
            FaceWarp.apply(out, face, p.thinface() / 100.0, p.shrinkFace() / 100.0, p.enlargeEye() / 100.0);
        }
        p.filter().ifPresent(filter -> Filters.table(filter).apply(out));
        return out;
    }
}
