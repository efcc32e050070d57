package dev.facebeauty.face;

import java.util.stream.IntStream;

/**
 * The few neural-network operations the face models use, on {@link Tensor}s in NHWC order, following TensorFlow's
 * definitions (including its "SAME" padding, which puts the odd extra pixel after, not before). Inner loops run over
 * the contiguous channel axis so the JIT can vectorise them; output rows are computed in parallel.
 */
final class Kernels {

    private Kernels() {
    }

    /** Output size and leading padding of a sliding window over an image, by TensorFlow's "SAME" or "VALID" rule. */
    record Window(int outHeight, int outWidth, int padTop, int padLeft) {

        static Window of(Tensor x, int kh, int kw, int stride, boolean same) {
            return new Window(outputSize(same, x.height(), kh, stride), outputSize(same, x.width(), kw, stride),
                    padBefore(same, x.height(), kh, stride), padBefore(same, x.width(), kw, stride));
        }

        private static int outputSize(boolean same, int in, int kernel, int stride) {
            return same ? (in + stride - 1) / stride : (in - kernel) / stride + 1;
        }

        private static int padBefore(boolean same, int in, int kernel, int stride) {
            if (!same) {
                return 0;
            }
            int total = Math.max((outputSize(true, in, kernel, stride) - 1) * stride + kernel - in, 0);
            return total / 2;
        }
    }

    /** What a kernel does for one tap: output pixel {@code out}, input pixel {@code in}, tap {@code ky * kw + kx}. */
    @FunctionalInterface
    private interface Tap {
        void apply(int outPixel, int inPixel, int tap);
    }

    /**
     * Visits every (output pixel, input pixel, kernel tap) of a sliding window that falls inside the image; output
     * rows in parallel, so a {@link Tap} may only write to its own output pixel.
     */
    private static void slide(Tensor x, Window win, int kh, int kw, int stride, Tap tap) {
        int inW = x.width(), inH = x.height();
        IntStream.range(0, win.outHeight()).parallel().forEach(oy -> {
            for (int ox = 0; ox < win.outWidth(); ox++) {
                int outPixel = oy * win.outWidth() + ox;
                for (int ky = 0; ky < kh; ky++) {
                    int iy = oy * stride + ky - win.padTop();
                    if (iy < 0 || iy >= inH) {
                        continue;
                    }
                    for (int kx = 0; kx < kw; kx++) {
                        int ix = ox * stride + kx - win.padLeft();
                        if (ix >= 0 && ix < inW) {
                            tap.apply(outPixel, iy * inW + ix, ky * kw + kx);
                        }
                    }
                }
            }
        });
    }

    /** Convolution; filter is [kh][kw][cin][cout] flattened, as TensorFlow stores it. */
    static Tensor conv2d(Tensor x, float[] filter, int kh, int kw, int cout, int stride, boolean same) {
        int cin = x.channels();
        Window win = Window.of(x, kh, kw, stride, same);
        float[] out = new float[win.outHeight() * win.outWidth() * cout];
        float[] in = x.data();
        slide(x, win, kh, kw, stride, (outPixel, inPixel, t) -> {
            int o = outPixel * cout, i = inPixel * cin, f = t * cin * cout;
            for (int ci = 0; ci < cin; ci++) {
                float v = in[i + ci];
                if (v == 0) {
                    continue; // ReLU outputs are often zero
                }
                int fc = f + ci * cout;
                for (int co = 0; co < cout; co++) {
                    out[o + co] += v * filter[fc + co];
                }
            }
        });
        return new Tensor(win.outHeight(), win.outWidth(), cout, out);
    }

    /** Depthwise convolution with a channel multiplier of 1; filter is [kh][kw][c][1]. */
    static Tensor depthwise(Tensor x, float[] filter, int kh, int kw, int stride, boolean same) {
        int c = x.channels();
        Window win = Window.of(x, kh, kw, stride, same);
        float[] out = new float[win.outHeight() * win.outWidth() * c];
        float[] in = x.data();
        slide(x, win, kh, kw, stride, (outPixel, inPixel, t) -> {
            int o = outPixel * c, i = inPixel * c, f = t * c;
            for (int ch = 0; ch < c; ch++) {
                out[o + ch] += in[i + ch] * filter[f + ch];
            }
        });
        return new Tensor(win.outHeight(), win.outWidth(), c, out);
    }

    static Tensor maxPool(Tensor x, int k, int stride, boolean same) {
        int c = x.channels();
        Window win = Window.of(x, k, k, stride, same);
        float[] out = new float[win.outHeight() * win.outWidth() * c];
        java.util.Arrays.fill(out, Float.NEGATIVE_INFINITY);
        float[] in = x.data();
        slide(x, win, k, k, stride, (outPixel, inPixel, t) -> {
            int o = outPixel * c, i = inPixel * c;
            for (int ch = 0; ch < c; ch++) {
                out[o + ch] = Math.max(out[o + ch], in[i + ch]);
            }
        });
        return new Tensor(win.outHeight(), win.outWidth(), c, out);
    }

    /** Zero padding; {@code paddings} is TensorFlow's [[n0,n1],[top,bottom],[left,right],[c0,c1]] flattened. */
    static Tensor pad(Tensor x, int[] paddings) {
        if (paddings[0] != 0 || paddings[1] != 0) {
            throw new IllegalArgumentException("padding the batch axis is not supported");
        }
        int top = paddings[2], left = paddings[4], cBefore = paddings[6];
        int h = x.height() + top + paddings[3];
        int w = x.width() + left + paddings[5];
        int c = x.channels() + cBefore + paddings[7];
        float[] out = new float[h * w * c];
        for (int y = 0; y < x.height(); y++) {
            for (int xx = 0; xx < x.width(); xx++) {
                System.arraycopy(x.data(), (y * x.width() + xx) * x.channels(),
                        out, ((y + top) * w + xx + left) * c + cBefore, x.channels());
            }
        }
        return new Tensor(h, w, c, out);
    }

    static Tensor add(Tensor a, Tensor b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("add of " + a + " and " + b);
        }
        float[] out = new float[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.data()[i] + b.data()[i];
        }
        return new Tensor(a.height(), a.width(), a.channels(), out);
    }

    /** Adds a per-channel bias in place. */
    static void addBias(Tensor x, float[] bias) {
        float[] d = x.data();
        int c = x.channels();
        for (int i = 0; i < d.length; i += c) {
            for (int ch = 0; ch < c; ch++) {
                d[i + ch] += bias[ch];
            }
        }
    }

    static void reluInPlace(Tensor x) {
        float[] d = x.data();
        for (int i = 0; i < d.length; i++) {
            if (d[i] < 0) {
                d[i] = 0;
            }
        }
    }

    /** Parametric ReLU in place: negative values scaled by the channel's alpha. */
    static void preluInPlace(Tensor x, float[] alpha) {
        float[] d = x.data();
        int c = x.channels();
        for (int i = 0; i < d.length; i += c) {
            for (int ch = 0; ch < c; ch++) {
                if (d[i + ch] < 0) {
                    d[i + ch] *= alpha[ch];
                }
            }
        }
    }

    static void sigmoidInPlace(Tensor x) {
        float[] d = x.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (1 / (1 + Math.exp(-d[i])));
        }
    }

    static Tensor copy(Tensor x) {
        return new Tensor(x.height(), x.width(), x.channels(), x.data().clone());
    }
}
