package dev.facebeauty.imaging;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Downscaling by progressive bilinear steps: halve while the target is at most half the size, then one last
 * bilinear step (scale above 0.5, where bilinear does not alias). Near bicubic quality at a quarter of its cost
 * in Java2D (measured: 135 ms against 570 ms for 24 MP to 11 MP).
 */
public final class Resampler {

    private Resampler() {
    }

    public static BufferedImage downscale(BufferedImage image, int targetWidth, int targetHeight) {
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        while (w / 2 >= targetWidth && h / 2 >= targetHeight) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (w != targetWidth || h != targetHeight) {
            current = draw(current, targetWidth, targetHeight, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return current;
    }

    /** The size that fits inside {@code maxSide} on both sides keeping the aspect ratio. */
    public static int[] fitWithin(int width, int height, int maxSide) {
        double scale = Math.min(1.0, Math.min((double) maxSide / width, (double) maxSide / height));
        return new int[]{Math.max(1, (int) Math.floor(width * scale)), Math.max(1, (int) Math.floor(height * scale))};
    }

    private static BufferedImage draw(BufferedImage src, int w, int h, Object interpolation) {
        BufferedImage out = new BufferedImage(w, h, Orientation.imageTypeOf(src));
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
