package dev.facebeauty.retouch;

import dev.facebeauty.imaging.RgbImage;

/** The red, green and blue values (0–255, as floats) of one region of an image, for filtering. */
final class Planes {

    final PixelArea region;
    final float[] r;
    final float[] g;
    final float[] b;

    private Planes(PixelArea region) {
        this.region = region;
        this.r = new float[region.size()];
        this.g = new float[region.size()];
        this.b = new float[region.size()];
    }

    static Planes read(RgbImage image, PixelArea region) {
        Planes p = new Planes(region);
        for (int y = 0; y < region.height(); y++) {
            int row = (region.y() + y) * image.width() + region.x();
            for (int x = 0; x < region.width(); x++) {
                int v = image.pixels()[row + x];
                int i = y * region.width() + x;
                p.r[i] = v >> 16 & 255;
                p.g[i] = v >> 8 & 255;
                p.b[i] = v & 255;
            }
        }
        return p;
    }

    float[][] channels() {
        return new float[][]{r, g, b};
    }

    /** Writes {@code mix(image, this, mask)} back into the image. */
    void blendInto(RgbImage image, Mask mask, float amount) {
        for (int y = 0; y < region.height(); y++) {
            int row = (region.y() + y) * image.width() + region.x();
            for (int x = 0; x < region.width(); x++) {
                int i = y * region.width() + x;
                float m = mask.values[i] * amount;
                if (m <= 0) {
                    continue;
                }
                int v = image.pixels()[row + x];
                int nr = mix(v >> 16 & 255, r[i], m), ng = mix(v >> 8 & 255, g[i], m), nb = mix(v & 255, b[i], m);
                image.pixels()[row + x] = nr << 16 | ng << 8 | nb;
            }
        }
    }

    private static int mix(int from, float to, float m) {
        float v = from + (to - from) * Math.min(1, m);
        return v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v);
    }
}
