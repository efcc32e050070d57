package dev.facebeauty.imaging;

import dev.facebeauty.model.MetadataPolicy;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Encodes pixels as JPEG (with a chosen quality) or PNG. */
public final class ImageEncoder {

    private ImageEncoder() {
    }

    public static byte[] encode(BufferedImage image, ImageFormat format, float jpegQuality) {
        return switch (format) {
            case JPEG -> jpeg(image, jpegQuality);
            case PNG -> png(image);
            default -> throw new IllegalArgumentException("cannot write " + format);
        };
    }

    /**
     * The picture in {@code format} with what it holds kept where the format can: its colour profile embedded (JPEG,
     * PNG, TIFF), 16-bit samples (PNG, TIFF; JPEG has 8), alpha (PNG, TIFF). A TIFF is compressed and tagged like
     * {@code originalTiff} when given (see {@link TiffFiles}).
     */
    public static byte[] encodeKeeping(BufferedImage image, ImageFormat format, float jpegQuality,
                                       java.util.Optional<byte[]> originalTiff, MetadataPolicy tiffPolicy) {
        java.util.Optional<byte[]> profile = ColourProfiles.profileOf(image);
        return switch (format) {
            case JPEG -> profile.map(icc -> MetadataTransfer.withProfile(jpeg(eightBitSamples(image), jpegQuality), icc))
                    .orElseGet(() -> jpeg(profile.isEmpty() && isWide(image) ? eightBitSamples(image) : image, jpegQuality));
            case PNG -> profile.map(icc -> MetadataTransfer.withProfile(png(image), icc)).orElseGet(() -> png(image));
            case TIFF -> TiffFiles.write(image, originalTiff, tiffPolicy);
            default -> throw new IllegalArgumentException("cannot write " + format);
        };
    }

    private static boolean isWide(BufferedImage image) {
        for (int bits : image.getColorModel().getComponentSize()) {
            if (bits > 8) {
                return true;
            }
        }
        return false;
    }

    /**
     * The picture's own samples (not converted to sRGB) at 8 bits in an RGB image, for JPEG: its profile is embedded
     * beside them, so converting them too would apply it twice.
     */
    private static BufferedImage eightBitSamples(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        java.awt.image.WritableRaster source = image.getRaster();
        int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] target = ((java.awt.image.DataBufferInt) out.getRaster().getDataBuffer()).getData();
        java.util.stream.IntStream.range(0, h).parallel().forEach(y -> {
            int[] samples = source.getPixels(0, y, w, 1, (int[]) null);
            int bands = source.getNumBands();
            for (int x = 0; x < w; x++) {
                int at = x * bands;
                target[y * w + x] = to8(samples[at], max) << 16 | to8(samples[at + 1], max) << 8 | to8(samples[at + 2], max);
            }
        });
        return out;
    }

    private static int to8(int sample, int max) {
        return max == 255 ? sample : (int) ((sample * 255L + max / 2) / max);
    }

    /**
     * JPEG at {@code quality} (0..1); transparency is flattened onto white, as JPEG has none. Large pictures are encoded
     * in strips on all cores ({@link StripJpegEncoder}).
     */
    public static byte[] jpeg(BufferedImage image, float quality) {
        return StripJpegEncoder.encode(withoutAlpha(image), quality);
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static BufferedImage withoutAlpha(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
