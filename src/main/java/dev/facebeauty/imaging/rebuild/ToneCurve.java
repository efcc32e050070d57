package dev.facebeauty.imaging.rebuild;

import java.nio.ByteBuffer;

/**
 * One channel's tone response curve of an ICC matrix/TRC profile (Adobe RGB, ProPhoto, Display P3, sRGB): encoded
 * value to linear light and back, both on 0–1, extended to negative values by odd symmetry so that colours outside a
 * smaller gamut survive a round trip. Read from the profile's {@code curv} or {@code para} tag (ICC.1:2010 §10.6,
 * §10.18); a sampled curve is inverted by bisection into a table at build time, never per pixel.
 */
abstract sealed class ToneCurve {

    abstract double linear(double encoded);

    abstract double encoded(double linear);

    static ToneCurve srgb() {
        return new Parametric(new double[]{2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045, 0, 0});
    }

    /** The curve in an ICC {@code curv} or {@code para} tag's bytes. */
    static ToneCurve parse(byte[] tag) {
        ByteBuffer data = ByteBuffer.wrap(tag);
        String type = new String(tag, 0, 4, java.nio.charset.StandardCharsets.US_ASCII);
        if (type.equals("curv")) {
            int count = data.getInt(8);
            if (count == 0) {
                return new Parametric(new double[]{1, 1, 0, 0, 0, 0, 0});
            }
            if (count == 1) {
                return new Parametric(new double[]{(data.getShort(12) & 0xFFFF) / 256.0, 1, 0, 0, 0, 0, 0});
            }
            double[] table = new double[count];
            for (int i = 0; i < count; i++) {
                table[i] = (data.getShort(12 + 2 * i) & 0xFFFF) / 65535.0;
            }
            return new Sampled(table);
        }
        if (type.equals("para")) {
            int function = data.getShort(8);
            int[] counts = {1, 3, 4, 5, 7};
            if (function < 0 || function >= counts.length) {
                throw new IllegalArgumentException("unknown parametric curve " + function);
            }
            double[] p = new double[7];
            for (int i = 0; i < counts[function]; i++) {
                p[i] = data.getInt(12 + 4 * i) / 65536.0;
            }
            // Every function type as type 4: Y = (aX + b)^g + e for X >= d, else cX + f.
            double[] q = switch (function) {
                case 0 -> new double[]{p[0], 1, 0, 0, 0, 0, 0};
                case 1 -> new double[]{p[0], p[1], p[2], 0, -p[2] / p[1], 0, 0};
                case 2 -> new double[]{p[0], p[1], p[2], 0, -p[2] / p[1], p[3], p[3]};
                case 3 -> new double[]{p[0], p[1], p[2], p[3], p[4], 0, 0};
                default -> p;
            };
            return new Parametric(q);
        }
        throw new IllegalArgumentException("unsupported tone curve type " + type);
    }

    /** ICC type 4 parameters {g, a, b, c, d, e, f}. */
    static final class Parametric extends ToneCurve {
        private final double g, a, b, c, d, e, f;

        Parametric(double[] p) {
            g = p[0];
            a = p[1];
            b = p[2];
            c = p[3];
            d = p[4];
            e = p[5];
            f = p[6];
        }

        @Override
        double linear(double x) {
            double s = Math.abs(x);
            double y = s >= d ? Math.pow(Math.max(0, a * s + b), g) + e : c * s + f;
            return Math.copySign(y, x);
        }

        @Override
        double encoded(double y) {
            double s = Math.abs(y);
            double breakY = d <= 0 ? Double.NEGATIVE_INFINITY : c * d + f;
            double x = s >= breakY || c == 0 ? (Math.pow(Math.max(0, s - e), 1 / g) - b) / a : (s - f) / c;
            return Math.copySign(x, y);
        }
    }

    /** A table of equally spaced samples, interpolated linearly and continued straight past 1. */
    static final class Sampled extends ToneCurve {
        private final double[] table;

        Sampled(double[] table) {
            this.table = table;
        }

        @Override
        double linear(double x) {
            double s = Math.abs(x) * (table.length - 1);
            int i = Math.min((int) s, table.length - 2);
            double y = table[i] + (table[i + 1] - table[i]) * (s - i);
            return Math.copySign(y, x);
        }

        @Override
        double encoded(double y) {
            double s = Math.abs(y);
            double lo = 0, hi = 1;
            if (s >= table[table.length - 1]) {
                double slope = (table[table.length - 1] - table[table.length - 2]) * (table.length - 1);
                return Math.copySign(1 + (s - table[table.length - 1]) / Math.max(slope, 1e-9), y);
            }
            for (int i = 0; i < 48; i++) {
                double mid = (lo + hi) / 2;
                if (linear(mid) < s) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return Math.copySign((lo + hi) / 2, y);
        }
    }
}
