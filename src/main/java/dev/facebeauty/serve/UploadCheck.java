package dev.facebeauty.serve;

import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.ImageFormat;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.imaging.UnusableImageException;

import java.util.List;
import java.util.Optional;

/**
 * The service's checks of an uploaded picture, in its order, each refusal with the status and code the contract gives:
 * size, type, the pixel size read from the header before anything is decoded, decoding, the smallest size, a face.
 */
final class UploadCheck {

    private static final ApiImageLimits LIMITS = ApiImageLimits.FACE_BEAUTY_PRO;

    /** What the check found. */
    sealed interface Outcome {
    }

    /** Refused, as the service would refuse it. */
    record Refused(int status, String code, String message) implements Outcome {
    }

    /** Accepted: the picture, ready for the engine. */
    record Accepted(PreparedUpload prepared) implements Outcome {
    }

    private UploadCheck() {
    }

    static Outcome check(byte[] body, ImageDecoder decoder, FaceAnalyzer faces) {
        if (body.length > LIMITS.maxBytes()) {
            return new Refused(413, "FILE_SIZE_EXCEEDS_LIMIT", "file larger than 2 MB");
        }
        Optional<ImageFormat> format = ImageFormat.sniff(body).filter(ImageFormat::acceptedByApi);
        if (format.isEmpty()) {
            return new Refused(415, "UNSUPPORTED_FILE_TYPES", "only JPEG, JPG, PNG");
        }
        DecodedImage decoded;
        try {
            // The size from the header first: a small file may claim a huge picture.
            java.awt.Dimension size = decoder.size(body);
            if (size.width >= LIMITS.maxSideExclusive() || size.height >= LIMITS.maxSideExclusive()) {
                return new Refused(413, "ERROR_HIGH_RESOLUTION", "resolution too high");
            }
            decoded = decoder.decode(body);
        } catch (UnusableImageException e) {
            return new Refused(422, "FILE_DECODING_FAILURE", "file could not be decoded");
        }
        if (LIMITS.tooSmall(decoded.width(), decoded.height())) {
            return new Refused(422, "ERROR_LOW_RESOLUTION", "resolution too low");
        }
        // Like the cloud, a photo without a face is refused at once rather than failing later.
        if (faces.analyze(RgbImage.of(decoded.image())).isEmpty()) {
            return new Refused(422, "ERROR_NO_FACE_IN_FILE", "pic not has face");
        }
        return new Accepted(new PreparedUpload(body, format.get(), decoded.width(), decoded.height(), List.of()));
    }
}
