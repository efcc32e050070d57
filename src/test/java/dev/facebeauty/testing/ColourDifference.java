package dev.facebeauty.testing;

/**
 * CIEDE2000 colour difference (Sharma, Wu and Dalal, "The CIEDE2000 Color-Difference Formula: Implementation Notes",
 * 2005), with sRGB to CIELAB (D65) written out here so the tests do not lean on the code they check.
 */
public final class ColourDifference {

    private ColourDifference() {
    }

    /** ΔE00 between two sRGB colours given as 0–1 channel values. */
    public static double deltaE00(double[] rgb1, double[] rgb2) {
        return ciede2000(lab(rgb1), lab(rgb2));
    }

    public static double[] lab(double[] rgb) {
        double r = linear(rgb[0]), g = linear(rgb[1]), b = linear(rgb[2]);
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[]{116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    public static double ciede2000(double[] lab1, double[] lab2) {
        double c1 = Math.hypot(lab1[1], lab1[2]), c2 = Math.hypot(lab2[1], lab2[2]);
        double cBar = (c1 + c2) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1], a2 = (1 + g) * lab2[1];
        double cp1 = Math.hypot(a1, lab1[2]), cp2 = Math.hypot(a2, lab2[2]);
        double hp1 = hue(lab1[2], a1), hp2 = hue(lab2[2], a2);
        double dL = lab2[0] - lab1[0], dC = cp2 - cp1;
        double dh = cp1 * cp2 == 0 ? 0 : Math.abs(hp2 - hp1) <= 180 ? hp2 - hp1 : hp2 - hp1 > 180 ? hp2 - hp1 - 360 : hp2 - hp1 + 360;
        double dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(Math.toRadians(dh / 2));
        double lBar = (lab1[0] + lab2[0]) / 2, cpBar = (cp1 + cp2) / 2;
        double hBar = cp1 * cp2 == 0 ? hp1 + hp2 : Math.abs(hp1 - hp2) <= 180 ? (hp1 + hp2) / 2
                : hp1 + hp2 < 360 ? (hp1 + hp2 + 360) / 2 : (hp1 + hp2 - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hBar - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hBar))
                + 0.32 * Math.cos(Math.toRadians(3 * hBar + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hBar - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hBar - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cpBar, 7) / (Math.pow(cpBar, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lBar - 50, 2) / Math.sqrt(20 + Math.pow(lBar - 50, 2));
        double sc = 1 + 0.045 * cpBar, sh = 1 + 0.015 * cpBar * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
    }

    private static double hue(double b, double a) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }
}
