package dev.facebeauty.engine;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.retouch.Retoucher;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A photo made ready for the built-in engine's live preview: a screen-sized copy and its faces, retouched in a few
 * tens of milliseconds while a slider moves. Built once per photo, with the faces found at full size.
 */
public final class PreviewPhoto {

    /** Long edge of the preview copy: about what the result pane shows on a large screen. */
    public static final int LONG_EDGE = 1280;

    private final RgbImage base;
    private final List<Face> faces;

    private PreviewPhoto(RgbImage base, List<Face> faces) {
        this.base = base;
        this.faces = List.copyOf(faces);
    }

    /**
     * The faces of a photo (at its own size) and its preview copy.
     *
     * @param faces every face found in the photo, in its pixels
     */
    public record Analysed(List<Face> faces, PreviewPhoto preview) {
    }

    /** Finds the faces in {@code photo} and makes its preview copy; a few hundred milliseconds, for a worker thread. */
    public static Analysed analyse(FaceAnalyzer analyzer, BufferedImage photo) {
        RgbImage full = RgbImage.of(photo);
        List<Face> found = analyzer.analyze(full);
        double scale = Math.min(1, (double) LONG_EDGE / Math.max(full.width(), full.height()));
        return new Analysed(found, new PreviewPhoto(full.scale(scale), found.stream().map(f -> f.scaled(scale)).toList()));
    }

    /** Each of the 35 looks drawn on a small copy of the photo (long side {@code side}), for the filter list. */
    public java.util.Map<dev.facebeauty.model.FilterType, BufferedImage> looks(int side) {
        RgbImage small = base.scale(Math.min(1, (double) side / Math.max(base.width(), base.height())));
        java.util.Map<dev.facebeauty.model.FilterType, BufferedImage> all = new java.util.EnumMap<>(dev.facebeauty.model.FilterType.class);
        for (dev.facebeauty.model.FilterType look : dev.facebeauty.model.FilterType.values()) {
            // No faces given: the look alone.
            all.put(look, Retoucher.retouch(small, List.of(), BeautyParameters.firstStart().withFilter(look)).toBufferedImage());
        }
        return all;
    }

    /** The preview with these settings. */
    public BufferedImage render(BeautyParameters parameters) {
        return render(parameters, dev.facebeauty.model.FaceAmounts.ALL);
    }

    /** The preview with these settings, each face at its own amount (faces left out keep the look). */
    public BufferedImage render(BeautyParameters parameters, dev.facebeauty.model.FaceAmounts amounts) {
        RgbImage retouched = Retoucher.retouch(base, faces, parameters);
        return amounts.everyFaceInFull() ? retouched.toBufferedImage()
                : FaceBlend.apply(FaceBlend.lookOnly(base, parameters), retouched, faces, amounts).toBufferedImage();
    }
}
