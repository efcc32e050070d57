package dev.facebeauty.bench;

import dev.facebeauty.imaging.TiffFiles;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.testing.TestImages;
import dev.facebeauty.testing.TestProfiles;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

/**
 * Camera-sized portraits for {@code bench/end-to-end.sh}: a real face (the fixtures' astronaut, NASA, public domain)
 * filling the frame's height as in a head-and-shoulders portrait, on a studio gradient, with sensor-like grain so the
 * JPEGs are as large as a camera's (8–14 MB). Without the fixtures the tests' drawn portrait stands in (it has no
 * face the detector finds, so the face work is then not measured; the script says which was used).
 * Writes {@code camera-24mp.jpg} (6000 × 4000), {@code camera-24mp-high-iso.jpg} (the same with three times the grain),
 * {@code camera-45mp.jpg} (8256 × 5504) and {@code camera-45mp-16bit.tif}
 * (8256 × 5504, 16 bits per sample, Adobe RGB, LZW) into DIR.   Usage: CameraPhotos DIR [FIXTURES]
 */
public final class CameraPhotos {

    private CameraPhotos() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        Optional<BufferedImage> face = Optional.empty();
        if (args.length > 1 && Files.isRegularFile(Path.of(args[1], "astronaut.png"))) {
            face = Optional.of(ImageIO.read(Path.of(args[1], "astronaut.png").toFile()));
        }
        System.out.println(face.isPresent() ? "Face: the fixtures' astronaut.png" : "Face: none (no fixtures); a drawn portrait");
        BufferedImage twentyFour = portrait(6000, 4000, face, 24, 3);
        Files.write(dir.resolve("camera-24mp.jpg"), cameraJpeg(twentyFour));
        Files.write(dir.resolve("camera-24mp-high-iso.jpg"), cameraJpeg(portrait(6000, 4000, face, 25, 9)));
        twentyFour = null;
        BufferedImage fortyFive = portrait(8256, 5504, face, 45, 3);
        Files.write(dir.resolve("camera-45mp.jpg"), cameraJpeg(fortyFive));
        Files.write(dir.resolve("camera-45mp-16bit.tif"), TiffFiles.write(sixteenBit(fortyFive), Optional.empty(), MetadataPolicy.NONE));
        try (var files = Files.list(dir)) {
            files.sorted().forEach(f -> System.out.printf("  %s  %.1f MB%n", f.getFileName(), f.toFile().length() / 1e6));
        }
    }

    /**
     * Quality 92 through ImageIO's encoder in one go, as a camera writes it: no restart markers (the app's own encoder
     * adds them, and they would let a decoder split the work, which a camera's file may not allow).
     */
    private static byte[] cameraJpeg(BufferedImage image) throws java.io.IOException {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage portrait(int width, int height, Optional<BufferedImage> face, long seed, double grain) {
        if (face.isEmpty()) {
            return TestImages.grainyPortrait(width, height, seed);
        }
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(78, 86, 98), width, height, new Color(182, 176, 166)));
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        int side = height;
        g.drawImage(face.get(), (width - side) / 2, 0, side, side, null);
        g.dispose();
        addGrain(frame, seed, grain);
        return frame;
    }

    /**
     * Luminance grain of σ {@code grain} levels with a third as much chroma noise: what makes a camera JPEG large
     * (3: a low-ISO photo; 9: high ISO, which no longer fits the upload limit at quality 92).
     */
    private static void addGrain(BufferedImage image, long seed, double grain) {
        Random random = new Random(seed);
        int width = image.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int p = row[x];
                double luma = random.nextGaussian() * grain, chroma = grain / 3;
                int r = clamp((p >> 16 & 255) + luma + random.nextGaussian() * chroma);
                int gr = clamp((p >> 8 & 255) + luma + random.nextGaussian() * chroma);
                int b = clamp((p & 255) + luma + random.nextGaussian() * chroma);
                row[x] = r << 16 | gr << 8 | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static BufferedImage sixteenBit(BufferedImage eight) {
        int width = eight.getWidth(), height = eight.getHeight();
        BufferedImage sixteen = TestProfiles.sixteenBit(width, height, TestProfiles.adobeRgb());
        WritableRaster raster = sixteen.getRaster();
        Random random = new Random(16);
        int[] rgb = new int[width];
        int[] row = new int[width * 3];
        for (int y = 0; y < height; y++) {
            eight.getRGB(0, y, width, 1, rgb, 0, width);
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < 3; c++) {
                    // Spread each 8-bit level over its 257 codes, as a raw converter's 16-bit output would be.
                    row[x * 3 + c] = Math.clamp((rgb[x] >> (16 - 8 * c) & 255) * 257 + random.nextInt(257) - 128, 0, 65535);
                }
            }
            raster.setPixels(0, y, width, 1, row);
        }
        return sixteen;
    }
}
