package dev.facebeauty.retouch;

import dev.facebeauty.imaging.RgbImage;

/** Catmull–Rom (cubic) sampling of a picture between its pixels, for the warps. */
final class CatmullRom {

    private CatmullRom() {
    }

    /**
     * Catmull–Rom interpolation at a real position, edges clamped: sharper than bilinear, so a warped face keeps its
     * detail (lashes, pores) instead of softening.
     */
    static int sample(RgbImage image, double x, double y) {
        int x0 = (int) Math.floor(x), y0 = (int) Math.floor(y);
        double fx = x - x0, fy = y - y0;
        double[] wx = weights(fx), wy = weights(fy);
        double r = 0, g = 0, b = 0;
        int w = image.width(), h = image.height();
        for (int j = 0; j < 4; j++) {
            int yy = Math.clamp(y0 - 1 + j, 0, h - 1);
            for (int i = 0; i < 4; i++) {
                int p = image.pixels()[yy * w + Math.clamp(x0 - 1 + i, 0, w - 1)];
                double k = wx[i] * wy[j];
                r += k * (p >> 16 & 255);
                g += k * (p >> 8 & 255);
                b += k * (p & 255);
            }
        }
        return channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    private static double[] weights(double t) {
        double t2 = t * t, t3 = t2 * t;
        return new double[]{(-t3 + 2 * t2 - t) / 2, (3 * t3 - 5 * t2 + 2) / 2, (-3 * t3 + 4 * t2 + t) / 2, (t3 - t2) / 2};
    }

    private static int channel(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) Math.round(v);
    }
}
