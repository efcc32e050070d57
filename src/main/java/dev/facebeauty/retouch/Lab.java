package dev.facebeauty.retouch;

/**
 * sRGB (8-bit, D65) to CIELAB and back, for effects that must change lightness without moving hue. The sRGB transfer
 * curve and the cube root go through tables, so a conversion costs a few multiplications.
 */
final class Lab {

    private static final double XN = 0.95047, ZN = 1.08883;
    private static final float[] TO_LINEAR = new float[256];
    private static final int ENCODE_STEPS = 4096;
    private static final float[] TO_SRGB = new float[ENCODE_STEPS + 1];
    private static final int CBRT_STEPS = 8192;
    private static final float[] F = new float[CBRT_STEPS + 2];

    static {
        for (int v = 0; v < 256; v++) {
            double c = v / 255.0;
            TO_LINEAR[v] = (float) (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        for (int i = 0; i <= ENCODE_STEPS; i++) {
            double c = (double) i / ENCODE_STEPS;
            TO_SRGB[i] = (float) (255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055));
        }
        for (int i = 0; i < F.length; i++) {
            F[i] = (float) f((double) i / CBRT_STEPS);
        }
    }

    private Lab() {
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** CIELAB f(t) for t in 0–1.0x, by table with linear interpolation. */
    private static float fast(float t) {
        float pos = Math.clamp(t, 0f, 1.0001f) * CBRT_STEPS;
        int i = Math.min((int) pos, CBRT_STEPS);
        float frac = pos - i;
        return F[i] + (F[i + 1] - F[i]) * frac;
    }

    /** Writes L*, a*, b* of a packed RGB pixel into {@code out[0..2]}. */
    static void fromRgb(int rgb, float[] out) {
        float r = TO_LINEAR[rgb >> 16 & 255], g = TO_LINEAR[rgb >> 8 & 255], b = TO_LINEAR[rgb & 255];
        float x = (float) ((0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / XN);
        float y = luminance(r, g, b);
        float z = (float) ((0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / ZN);
        float fx = fast(x), fy = fast(y), fz = fast(z);
        out[0] = 116 * fy - 16;
        out[1] = 500 * (fx - fy);
        out[2] = 200 * (fy - fz);
    }

    /** L* alone of a packed RGB pixel: what {@link #fromRgb} writes first, for a third of the work. */
    static float lightness(int rgb) {
        return 116 * fast(luminance(TO_LINEAR[rgb >> 16 & 255], TO_LINEAR[rgb >> 8 & 255], TO_LINEAR[rgb & 255])) - 16;
    }

    /** CIE Y of linear sRGB. */
    private static float luminance(float r, float g, float b) {
        return 0.2126729f * r + 0.7151522f * g + 0.0721750f * b;
    }

    /**
     * The packed RGB pixel of L*, a*, b*. A colour outside the sRGB gamut loses chroma (a* and b* scaled together)
     * until it fits, so its hue is kept rather than bent by clipping channels.
     */
    static int toRgb(float l, float a, float bb) {
        double[] rgb = new double[3];
        if (linear(l, a, bb, rgb)) {
            return pack(rgb);
        }
        double lo = 0, hi = 1;
        for (int step = 0; step < 12; step++) {
            double mid = (lo + hi) / 2;
            if (linear(l, (float) (a * mid), (float) (bb * mid), rgb)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        linear(l, (float) (a * lo), (float) (bb * lo), rgb);
        return pack(rgb);
    }

    /** The largest raise of L*, up to {@code lift}, that keeps the colour inside the sRGB gamut with its a*, b*. */
    static float largestLift(float l, float lift, float a, float bb) {
        double[] rgb = new double[3];
        if (linear(l + lift, a, bb, rgb)) {
            return lift;
        }
        float lo = 0, hi = lift;
        for (int step = 0; step < 10; step++) {
            float mid = (lo + hi) / 2;
            if (linear(l + mid, a, bb, rgb)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Linear sRGB of a CIELAB colour into {@code rgb}; whether it lies in the gamut. */
    private static boolean linear(float l, float a, float bb, double[] rgb) {
        double fy = (l + 16) / 116.0, fx = fy + a / 500.0, fz = fy - bb / 200.0;
        double x = XN * finv(fx), y = finv(fy), z = ZN * finv(fz);
        rgb[0] = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
        rgb[1] = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
        rgb[2] = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
        double tolerance = 0.5 / 255 / 12.92;
        return rgb[0] >= -tolerance && rgb[1] >= -tolerance && rgb[2] >= -tolerance
                && rgb[0] <= 1 + tolerance && rgb[1] <= 1 + tolerance && rgb[2] <= 1 + tolerance;
    }

    private static int pack(double[] rgb) {
        return encode(rgb[0]) << 16 | encode(rgb[1]) << 8 | encode(rgb[2]);
    }

    private static double finv(double t) {
        return t > 6.0 / 29 ? t * t * t : 3 * (6.0 / 29) * (6.0 / 29) * (t - 4.0 / 29);
    }

    private static int encode(double linear) {
        double pos = Math.clamp(linear, 0, 1) * ENCODE_STEPS;
        int i = Math.min((int) pos, ENCODE_STEPS - 1);
        double v = TO_SRGB[i] + (TO_SRGB[i + 1] - TO_SRGB[i]) * (pos - i);
        return (int) Math.round(v);
    }
}
