package dev.facebeauty.imaging.rebuild;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.color.ICC_ProfileRGB;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DirectColorModel;
import java.util.Optional;

/**
 * How an original's RGB samples relate to the service's sRGB: the original's tone curves and primaries (an ICC
 * matrix/TRC profile, or sRGB itself) against sRGB's, through linear light in the profile connection space (D50).
 * sRGB values outside 0–1 are kept (extended sRGB), so a ProPhoto colour the upload had to clip comes back unchanged.
 * Decoding is one table look-up per sample (every code of 8 or 16 bits); encoding looks up a table over the square
 * root of linear light, dense where the curves are steep near black, so 16-bit output has no steps.
 */
final class ColourEncoding {

    private static final int ENCODE_STEPS = 1 << 16;
    private static final ToneCurve SRGB = ToneCurve.srgb();

    private final int maxCode;
    private final boolean srgb;
    /** Per channel: the code's linear light. */
    private final float[][] decode;
    /** Linear original to linear sRGB, and back. */
    private final double[][] toSrgb, fromSrgb;
    /** Per channel: encoded value (0–1) at linear light t², t = i / (ENCODE_STEPS − 1). */
    private final float[][] encode;
    private final float[] srgbEncode;
    private final float[] srgbDecode;

    private ColourEncoding(int bits, ToneCurve[] curves, double[][] toSrgb) {
        this.maxCode = (1 << bits) - 1;
        this.srgb = curves == null;
        this.toSrgb = toSrgb;
        this.fromSrgb = toSrgb == null ? null : invert(toSrgb);
        this.srgbEncode = table(SRGB, ENCODE_STEPS);
        this.srgbDecode = new float[ENCODE_STEPS];
        for (int i = 0; i < ENCODE_STEPS; i++) {
            srgbDecode[i] = (float) SRGB.linear(i / (double) (ENCODE_STEPS - 1));
        }
        if (srgb) {
            this.decode = null;
            this.encode = null;
        } else {
            this.decode = new float[3][maxCode + 1];
            this.encode = new float[3][];
            for (int c = 0; c < 3; c++) {
                for (int code = 0; code <= maxCode; code++) {
                    decode[c][code] = (float) curves[c].linear(code / (double) maxCode);
                }
                encode[c] = table(curves[c], ENCODE_STEPS);
            }
        }
    }

    /**
     * The encoding of an image's colour model, when it is 8- or 16-bit RGB in sRGB or in an ICC matrix/TRC profile;
     * empty otherwise (grey, indexed, CMYK, a profile built from look-up tables), for the caller to convert first.
     */
    static Optional<ColourEncoding> of(ColorModel model) {
        if (!(model instanceof ComponentColorModel || model instanceof DirectColorModel)
                || model.getNumColorComponents() != 3) {
            return Optional.empty();
        }
        int bits = model.getComponentSize(0);
        for (int c = 1; c < 3; c++) {
            if (model.getComponentSize(c) != bits) {
                return Optional.empty();
            }
        }
        if (bits != 8 && bits != 16) {
            return Optional.empty();
        }
        ColorSpace space = model.getColorSpace();
        if (space.isCS_sRGB()) {
            return Optional.of(new ColourEncoding(bits, null, null));
        }
        if (!(space instanceof ICC_ColorSpace icc) || !(icc.getProfile() instanceof ICC_ProfileRGB profile)) {
            return Optional.empty();
        }
        try {
            ToneCurve[] curves = new ToneCurve[3];
            int[] tags = {ICC_Profile.icSigRedTRCTag, ICC_Profile.icSigGreenTRCTag, ICC_Profile.icSigBlueTRCTag};
            for (int c = 0; c < 3; c++) {
                curves[c] = ToneCurve.parse(profile.getData(tags[c]));
            }
            ICC_ProfileRGB srgbProfile = (ICC_ProfileRGB) ICC_Profile.getInstance(ColorSpace.CS_sRGB);
            double[][] toSrgb = multiply(invert(toDouble(srgbProfile.getMatrix())), toDouble(profile.getMatrix()));
            return Optional.of(new ColourEncoding(bits, curves, toSrgb));
        } catch (RuntimeException e) {
            return Optional.empty(); // a malformed or unusual curve: the caller converts through Java2D instead
        }
    }

    boolean isSrgb() {
        return srgb;
    }

    int maxCode() {
        return maxCode;
    }

    /** Three codes of the original to sRGB-encoded values (0–1, unclipped) in {@code out}. */
    void toSrgb(int r, int g, int b, float[] out) {
        if (srgb) {
            float scale = 1f / maxCode;
            out[0] = r * scale;
            out[1] = g * scale;
            out[2] = b * scale;
            return;
        }
        double lr = decode[0][r], lg = decode[1][g], lb = decode[2][b];
        for (int c = 0; c < 3; c++) {
            double linear = toSrgb[c][0] * lr + toSrgb[c][1] * lg + toSrgb[c][2] * lb;
            out[c] = lookUp(srgbEncode, linear);
        }
    }

    /** sRGB-encoded values (unclipped) back to the original's codes, rounded and clipped to its range, into {@code out}. */
    void fromSrgb(float r, float g, float b, int[] out) {
        if (srgb) {
            out[0] = code(r);
            out[1] = code(g);
            out[2] = code(b);
            return;
        }
        double lr = srgbLinear(r), lg = srgbLinear(g), lb = srgbLinear(b);
        for (int c = 0; c < 3; c++) {
            double linear = fromSrgb[c][0] * lr + fromSrgb[c][1] * lg + fromSrgb[c][2] * lb;
            out[c] = code(lookUp(encode[c], linear));
        }
    }

    private int code(float v) {
        float scaled = v * maxCode + 0.5f;
        return scaled <= 0 ? 0 : scaled >= maxCode ? maxCode : (int) scaled;
    }

    private double srgbLinear(float v) {
        if (v >= 0 && v <= 1) {
            float s = v * (ENCODE_STEPS - 1);
            int i = Math.min((int) s, ENCODE_STEPS - 2);
            return srgbDecode[i] + (srgbDecode[i + 1] - srgbDecode[i]) * (s - i);
        }
        return SRGB.linear(v); // outside 0–1 (extended sRGB): the curve itself, past its table
    }

    /** The encoded value at linear light {@code linear} from a table over its square root, odd for negatives. */
    private static float lookUp(float[] table, double linear) {
        double t = Math.sqrt(Math.abs(linear)) * (table.length - 1);
        float v;
        if (t >= table.length - 1) {
            // past white (extended range): the curve's own last slope continues it
            double slope = table[table.length - 1] - table[table.length - 2];
            v = (float) (table[table.length - 1] + slope * (t - (table.length - 1)));
        } else {
            int i = (int) t;
            v = (float) (table[i] + (table[i + 1] - table[i]) * (t - i));
        }
        return linear < 0 ? -v : v;
    }

    private static float[] table(ToneCurve curve, int steps) {
        float[] table = new float[steps];
        for (int i = 0; i < steps; i++) {
            double t = i / (double) (steps - 1);
            table[i] = (float) curve.encoded(t * t);
        }
        return table;
    }

    private static double[][] toDouble(float[][] m) {
        double[][] d = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                d[i][j] = m[i][j];
            }
        }
        return d;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    m[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return m;
    }

    static double[][] invert(double[][] m) {
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        double[][] inv = new double[3][3];
        inv[0][0] = (m[1][1] * m[2][2] - m[1][2] * m[2][1]) / det;
        inv[0][1] = (m[0][2] * m[2][1] - m[0][1] * m[2][2]) / det;
        inv[0][2] = (m[0][1] * m[1][2] - m[0][2] * m[1][1]) / det;
        inv[1][0] = (m[1][2] * m[2][0] - m[1][0] * m[2][2]) / det;
        inv[1][1] = (m[0][0] * m[2][2] - m[0][2] * m[2][0]) / det;
        inv[1][2] = (m[0][2] * m[1][0] - m[0][0] * m[1][2]) / det;
        inv[2][0] = (m[1][0] * m[2][1] - m[1][1] * m[2][0]) / det;
        inv[2][1] = (m[0][1] * m[2][0] - m[0][0] * m[2][1]) / det;
        inv[2][2] = (m[0][0] * m[1][1] - m[0][1] * m[1][0]) / det;
        return inv;
    }
}
