package dev.facebeauty.bench;

import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.UploadPreparer;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The upload fit alone, as a process, for {@code bench/upload-fit.sh}: reads a photo, fits it to Face Beauty Pro's
 * limits as the app does before it sends (under 4096 px a side, under 2 MB), and writes what would be sent.
 *   FitUploadMain PHOTO OUT
 */
public final class FitUploadMain {

    private FitUploadMain() {
    }

    public static void main(String[] args) throws Exception {
        PreparedUpload upload = new UploadPreparer(ApiImageLimits.FACE_BEAUTY_PRO).prepare(new ImageDecoder().read(Path.of(args[0])));
        Files.write(Path.of(args[1]), upload.bytes());
        System.out.printf("%d × %d, %.2f MB: %s%n", upload.width(), upload.height(), upload.bytes().length / 1e6,
                String.join(" ", upload.adjustments()));
    }
}
