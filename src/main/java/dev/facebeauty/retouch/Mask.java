package dev.facebeauty.retouch;

import dev.facebeauty.imaging.BoxBlur;
import dev.facebeauty.imaging.Subsampled;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A soft mask (0 = untouched, 1 = fully affected) over a {@link PixelArea}: polygons are drawn anti-aliased with Java2D,
 * then feathered with a repeated box blur (three passes approximate a Gaussian).
 */
final class Mask {

    final PixelArea region;
    final float[] values;

    private Mask(PixelArea region, float[] values) {
        this.region = region;
        this.values = values;
    }

    static Mask empty(PixelArea region) {
        return new Mask(region, new float[region.size()]);
    }

    /** A polygon through landmarks, optionally scaled about its own centroid (1 = as is). */
    static Path2D polygon(float[] xs, float[] ys, int[] indices, double scale) {
        double cx = 0, cy = 0;
        for (int i : indices) {
            cx += xs[i];
            cy += ys[i];
        }
        cx /= indices.length;
        cy /= indices.length;
        Path2D.Double path = new Path2D.Double();
        for (int k = 0; k < indices.length; k++) {
            double px = cx + (xs[indices[k]] - cx) * scale;
            double py = cy + (ys[indices[k]] - cy) * scale;
            if (k == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        path.closePath();
        return path;
    }

    /** A shape grown by {@code distance} pixels all round (rounded corners), whatever its proportions. */
    static java.awt.Shape grown(java.awt.Shape shape, double distance) {
        java.awt.geom.Area area = new java.awt.geom.Area(shape);
        if (distance > 0) {
            area.add(new java.awt.geom.Area(new java.awt.BasicStroke((float) (2 * distance), java.awt.BasicStroke.CAP_ROUND,
                    java.awt.BasicStroke.JOIN_ROUND).createStrokedShape(shape)));
        }
        return area;
    }

    /** Draws shapes (image coordinates) into the mask: {@code add} ones as 1, {@code cut} ones as 0, in that order. */
    static Mask of(PixelArea region, java.util.List<? extends java.awt.Shape> add, java.util.List<? extends java.awt.Shape> cut) {
        BufferedImage canvas = new BufferedImage(region.width(), region.height(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.transform(AffineTransform.getTranslateInstance(-region.x(), -region.y()));
            g.setColor(Color.WHITE);
            add.forEach(g::fill);
            g.setColor(Color.BLACK);
            cut.forEach(g::fill);
        } finally {
            g.dispose();
        }
        byte[] bytes = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
        float[] values = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = Byte.toUnsignedInt(bytes[i]) / 255f;
        }
        return new Mask(region, values);
    }

    /**
     * Feathers the edges: a blur of about {@code radius} pixels. A wide feather is blurred on a subsampled copy and
     * interpolated back: the result is smooth at that scale whatever the resolution.
     */
    Mask feather(int radius) {
        if (radius <= 0) {
            return this;
        }
        int box = Math.max(1, radius / 2), factor = Subsampled.factorFor(box);
        if (factor == 1) {
            BoxBlur.smooth(values, region.width(), region.height(), box);
        } else {
            Subsampled coarse = Subsampled.of(values, region.width(), region.height(), factor);
            BoxBlur.smooth(coarse.values(), coarse.width(), coarse.height(), coarse.radius(box));
            coarse.expandInto(values, region.width(), region.height());
        }
        return this;
    }

    /** The same mask over the smallest region holding every value above {@code floor} (itself when nothing is). */
    Mask croppedTo(float floor) {
        int minX = region.width(), minY = region.height(), maxX = -1, maxY = -1;
        for (int y = 0; y < region.height(); y++) {
            for (int x = 0; x < region.width(); x++) {
                if (values[y * region.width() + x] > floor) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0 || (minX == 0 && minY == 0 && maxX == region.width() - 1 && maxY == region.height() - 1)) {
            return this;
        }
        PixelArea tight = new PixelArea(region.x() + minX, region.y() + minY, maxX - minX + 1, maxY - minY + 1);
        float[] cropped = new float[tight.size()];
        for (int y = 0; y < tight.height(); y++) {
            System.arraycopy(values, (minY + y) * region.width() + minX, cropped, y * tight.width(), tight.width());
        }
        return new Mask(tight, cropped);
    }

    float at(int imageX, int imageY) {
        return values[(imageY - region.y()) * region.width() + imageX - region.x()];
    }
}
