package dev.facebeauty.retouch;

import dev.facebeauty.imaging.RgbImage;

/**
 * Brightens and clears the skin: a logarithmic lift of each channel (shadows rise most, white stays white, so the hue
 * is kept) and a slight pull of the red-yellow saturation toward neutral, applied through the skin mask.
 */
final class Whitening {

    private Whitening() {
    }

    /** @param strength 0–1; 0 leaves the image as it is */
    static void apply(RgbImage image, Mask skin, double strength) {
        if (strength <= 0) {
            return;
        }
        double beta = 1 + 4 * strength;
        float[] curve = new float[256];
        for (int v = 0; v < 256; v++) {
            curve[v] = (float) (255 * Math.log1p((beta - 1) * v / 255.0) / Math.log(beta));
        }
        float desaturate = (float) (0.15 * strength);
        Planes p = Planes.read(image, skin.region);
        for (int i = 0; i < p.r.length; i++) {
            float r = curve[(int) p.r[i]], g = curve[(int) p.g[i]], b = curve[(int) p.b[i]];
            float y = 0.299f * r + 0.587f * g + 0.114f * b;
            p.r[i] = r + (y - r) * desaturate;
            p.g[i] = g + (y - g) * desaturate;
            p.b[i] = b + (y - b) * desaturate;
        }
        p.blendInto(image, skin, 1);
    }
}
