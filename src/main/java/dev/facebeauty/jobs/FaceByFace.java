package dev.facebeauty.jobs;

import dev.facebeauty.engine.BeautyResult;
import dev.facebeauty.engine.FaceBlend;
import dev.facebeauty.face.Face;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageEncoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FaceAmounts;
import dev.facebeauty.text.Text;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A window's result with each face at its own amount ("retouch only the bride"): the built-in engine's left-out faces
 * keep the look; the service's (which retouched every face) show the photo itself there. Batches are untouched.
 */
public final class FaceByFace {

    private FaceByFace() {
    }

    /**
     * {@code outcome} with the faces of {@code original} at {@code amounts}; itself when every face keeps it all.
     *
     * @param result     the outcome's picture, decoded
     * @param faces      the faces in the original's pixels, numbered as {@code amounts} numbers them
     * @param lookKept   whether a left-out face keeps the look (the built-in engine, which can make it alone)
     */
    public static JobOutcome apply(JobOutcome outcome, BufferedImage result, DecodedImage original, List<Face> faces,
                                   FaceAmounts amounts, BeautyParameters parameters, boolean lookKept, float jpegQuality)
            throws IOException {
        if (amounts.everyFaceInFull() || faces.isEmpty()) {
            return outcome;
        }
        RgbImage done = RgbImage.of(result);
        RgbImage photo = RgbImage.of(original.image());
        double scale = (double) done.width() / photo.width();
        if (photo.width() != done.width() || photo.height() != done.height()) {
            photo = photo.resize(done.width(), done.height());
        }
        List<Face> placed = faces.stream().map(f -> f.scaled(scale)).toList();
        RgbImage base = lookKept ? FaceBlend.lookOnly(photo, parameters) : photo;
        BufferedImage picture = FaceBlend.apply(base, done, placed, amounts).toBufferedImage();
        ImageFormat format = outcome.result().format() == ImageFormat.PNG ? ImageFormat.PNG : ImageFormat.JPEG;
        byte[] bytes = ImageEncoder.encode(picture, format, jpegQuality);
        List<Integer> kept = IntStream.range(0, faces.size()).filter(i -> amounts.of(i) > 0).map(i -> i + 1).boxed().toList();
        String note = Text.get("faces.retouchedNote",
                kept.isEmpty() ? "—" : String.join(", ", kept.stream().map(String::valueOf).toList()), faces.size());
        BeautyResult r = outcome.result();
        String notes = r.note().map(n -> n + " " + note).orElse(note);
        return new JobOutcome(new BeautyResult(bytes, format, r.engineName(), r.taskId(), Optional.of(notes), Optional.of(picture)),
                outcome.upload(), outcome.keptFile());
    }
}
