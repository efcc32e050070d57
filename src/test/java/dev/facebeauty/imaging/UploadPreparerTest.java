package dev.facebeauty.imaging;

import dev.facebeauty.testing.Fixtures;
import dev.facebeauty.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadPreparerTest {

    private final ImageDecoder decoder = new ImageDecoder();
    private final UploadPreparer preparer = new UploadPreparer(ApiImageLimits.FACE_BEAUTY_PRO);

    @Test
    void aPhotoWithinTheLimitsIsSentByteForByte() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.portrait(800, 1000));
        PreparedUpload upload = preparer.prepare(decoder.decode(jpeg));
        assertTrue(upload.unchanged());
        assertArrayEquals(jpeg, upload.bytes());
        assertEquals("image.jpg", upload.fileName());
    }

    @Test
    void aRealPortraitFixtureNeedsNoChange() throws Exception {
        Path astronaut = Fixtures.photo("astronaut.png");
        PreparedUpload upload = preparer.prepare(decoder.read(astronaut));
        assertTrue(upload.unchanged(), upload.adjustments().toString());
        assertEquals(ImageFormat.PNG, upload.format());
        assertEquals(512, upload.width());
    }

    @Test
    void anOversizedPhotoIsScaledUnder4096AndReencodedUnder2MB() throws Exception {
        BufferedImage big = TestImages.noise(4400, 1100, 1);
        PreparedUpload upload = preparer.prepare(decoder.decode(TestImages.png(big)));

        assertTrue(upload.width() < 4096 && upload.height() < 4096, upload.width() + "x" + upload.height());
        assertTrue(upload.bytes().length <= 2_000_000, "bytes " + upload.bytes().length);
        assertEquals(ImageFormat.JPEG, upload.format());
        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(upload.bytes()).orElseThrow());
        String said = String.join(" ", upload.adjustments());
        assertTrue(said.contains("Resized from 4400 × 1100"), said);
        assertTrue(said.contains("JPEG at quality"), said);
        BufferedImage sent = decoder.decode(upload.bytes()).image();
        assertEquals(upload.width(), sent.getWidth());
        assertEquals(4.0, (double) sent.getWidth() / sent.getHeight(), 0.01, "aspect ratio kept");
    }

    /**
     * The trial encode that aims the quality never costs quality: with a limit between the picture's JPEG sizes at 88
     * and at 84, what is sent is the quality-84 JPEG (the best that fits), not a lower one and not a resize.
     */
    @Test
    void theAimedQualityIsTheHighestThatFits() throws Exception {
        BufferedImage photo = TestImages.grainyPortrait(2400, 1800, 9);
        long at88 = ImageEncoder.jpeg(photo, 0.88f).length, at84 = ImageEncoder.jpeg(photo, 0.84f).length;
        ApiImageLimits limits = new ApiImageLimits((at88 + at84) / 2, 32, 4096);
        PreparedUpload upload = new UploadPreparer(limits).prepare(decoder.decode(TestImages.png(photo)));
        assertEquals(2400, upload.width(), "no resize was needed");
        assertEquals(at84, upload.bytes().length, "sent at 84: " + upload.adjustments());
        assertTrue(String.join(" ", upload.adjustments()).contains("quality 84"), upload.adjustments().toString());
        // and when no quality fits, it goes straight to a smaller size that does
        PreparedUpload smaller = new UploadPreparer(new ApiImageLimits(at84 / 3, 32, 4096)).prepare(decoder.decode(TestImages.png(photo)));
        assertTrue(smaller.width() < 2400 && smaller.bytes().length <= at84 / 3, smaller.adjustments().toString());
    }

    @Test
    void aLargeFileWithAcceptableSidesIsReencodedToFit() throws Exception {
        byte[] png = TestImages.png(TestImages.noise(1200, 1000, 2));
        assertTrue(png.length > 2_000_000, "precondition: noise PNG over 2 MB");
        PreparedUpload upload = preparer.prepare(decoder.decode(png));
        assertTrue(upload.bytes().length <= 2_000_000);
        assertEquals(1200, upload.width(), "sides were fine, so only the encoding changed");
    }

    @Test
    void exifOrientationIsAppliedAndReported() throws Exception {
        byte[] jpeg = TestImages.withExifOrientation(TestImages.jpeg(TestImages.portrait(300, 200)), 6);
        DecodedImage decoded = decoder.decode(jpeg);
        assertEquals(6, decoded.exifOrientation());
        assertEquals(200, decoded.width(), "turned upright: portrait now");
        PreparedUpload upload = preparer.prepare(decoded);
        assertEquals(200, upload.width());
        assertEquals(300, upload.height());
        assertTrue(upload.adjustments().getFirst().contains("upright"));
    }

    @Test
    void otherFormatsAreConvertedToJpeg() throws Exception {
        java.io.ByteArrayOutputStream bmp = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(TestImages.portrait(300, 300), "bmp", bmp);
        PreparedUpload upload = preparer.prepare(decoder.decode(bmp.toByteArray()));
        assertEquals(ImageFormat.JPEG, upload.format());
        assertTrue(upload.adjustments().getFirst().startsWith("Converted from BMP"));
    }

    @Test
    void aTinyPhotoIsRefusedWithItsSize() {
        UnusableImageException e = assertThrows(UnusableImageException.class,
                () -> preparer.prepare(decoder.decode(TestImages.png(TestImages.portrait(40, 30)))));
        assertEquals("This photo is 40 × 30 pixels; the service needs more than 48 pixels on each side.", e.getMessage());
    }

    @Test
    void aFileThatIsNotAnImageOrIsDamagedGetsAClearMessage(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("notes.jpg");
        Files.writeString(text, "not a photo at all");
        UnusableImageException notImage = assertThrows(UnusableImageException.class, () -> decoder.read(text));
        assertTrue(notImage.getMessage().startsWith("This file is not a photo"));

        byte[] jpeg = TestImages.jpeg(TestImages.portrait(400, 400));
        Path truncated = dir.resolve("broken.jpg");
        Files.write(truncated, java.util.Arrays.copyOf(jpeg, 40));
        UnusableImageException broken = assertThrows(UnusableImageException.class, () -> decoder.read(truncated));
        assertTrue(broken.getMessage().contains("damaged"), broken.getMessage());

        UnusableImageException missing = assertThrows(UnusableImageException.class, () -> decoder.read(dir.resolve("gone.jpg")));
        assertTrue(missing.getMessage().startsWith("There is no file "), missing.getMessage());
    }

    @Test
    void theOriginalFileIsNeverModified(@TempDir Path dir) throws Exception {
        Path photo = dir.resolve("big.png");
        byte[] original = TestImages.png(TestImages.noise(4200, 300, 3));
        Files.write(photo, original);
        long modified = Files.getLastModifiedTime(photo).toMillis();
        preparer.prepare(decoder.read(photo));
        assertArrayEquals(original, Files.readAllBytes(photo));
        assertEquals(modified, Files.getLastModifiedTime(photo).toMillis());
    }
}
