package dev.facebeauty.imaging;

import dev.facebeauty.model.ServiceTerms;

/**
 * The service's input limits: JPEG or PNG, at most 2 MB, each side more than 48 and less than 4096 pixels.
 * "2 MB" is read as 2,000,000 bytes, the stricter reading, so a file we send is never refused for size.
 */
public record ApiImageLimits(long maxBytes, int minSideExclusive, int maxSideExclusive) {

    public static final ApiImageLimits FACE_BEAUTY_PRO = new ApiImageLimits(ServiceTerms.MAX_UPLOAD_BYTES,
            ServiceTerms.MIN_SIDE_EXCLUSIVE, ServiceTerms.MAX_SIDE_EXCLUSIVE);

    public boolean sidesFit(int width, int height) {
        return width > minSideExclusive && height > minSideExclusive
                && width < maxSideExclusive && height < maxSideExclusive;
    }

    public boolean tooSmall(int width, int height) {
        return width <= minSideExclusive || height <= minSideExclusive;
    }

    public int maxSide() {
        return maxSideExclusive - 1;
    }
}
