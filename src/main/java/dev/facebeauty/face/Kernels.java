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

    /** Convolution; filter is [kh][kw][cin][cout] flattened, as TensorFlow stores it. */
    static Tensor conv2d(Tensor x, float[] filter, int kh, int kw, int cout, int stride, boolean same) {
        return conv2d(x, weightRows(filter, cout), kh, kw, stride, same);
    }

    /**
     * A filter as one array per (tap, input channel) of its {@code cout} weights. The kernels' inner loops then index
     * every array they touch by the same counter, which is what lets the JIT vectorise them: with an offset into a
     * shared array it cannot rule out that a store overlaps a later load, and it keeps the loop scalar (about 3×
     * slower on this machine's AVX-512).
     */
    static float[][] weightRows(float[] filter, int cout) {
        float[][] rows = new float[filter.length / cout][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = java.util.Arrays.copyOfRange(filter, r * cout, (r + 1) * cout);
        }
        return rows;
    }

    /** Convolution with the filter as {@link #weightRows}, row {@code (ky * kw + kx) * cin + ci}. */
    static Tensor conv2d(Tensor x, float[][] weights, int kh, int kw, int stride, boolean same) {
        int cin = x.channels(), inW = x.width(), inH = x.height(), cout = weights[0].length;
        Window win = Window.of(x, kh, kw, stride, same);
        int outW = win.outWidth();
        float[] out = new float[win.outHeight() * outW * cout];
        float[] in = x.data();
        rows(win.outHeight(), oy -> {
            float[] sum = new float[cout];
            for (int ox = 0; ox < outW; ox++) {
                java.util.Arrays.fill(sum, 0);
                for (int ky = 0; ky < kh; ky++) {
                    int iy = oy * stride + ky - win.padTop();
                    if (iy < 0 || iy >= inH) {
                        continue;
                    }
                    for (int kx = 0; kx < kw; kx++) {
                        int ix = ox * stride + kx - win.padLeft();
                        if (ix >= 0 && ix < inW) {
                            accumulate(in, (iy * inW + ix) * cin, cin, weights, (ky * kw + kx) * cin, sum);
                        }
                    }
                }
                System.arraycopy(sum, 0, out, (oy * outW + ox) * cout, cout);
            }
        });
        return new Tensor(win.outHeight(), outW, cout, out);
    }

    /**
     * {@code sum += Σ in[i + ci] · weights[row + ci]}: one input pixel through one tap. Four input channels per pass
     * over the outputs, so each sum is loaded and stored a quarter as often; groups of four zeros, common after a
     * ReLU, are skipped.
     */
    private static void accumulate(float[] in, int i, int cin, float[][] weights, int row, float[] sum) {
        int ci = 0;
        for (; ci + 4 <= cin; ci += 4) {
            float v0 = in[i + ci], v1 = in[i + ci + 1], v2 = in[i + ci + 2], v3 = in[i + ci + 3];
            if (v0 == 0 && v1 == 0 && v2 == 0 && v3 == 0) {
                continue;
            }
            float[] w0 = weights[row + ci], w1 = weights[row + ci + 1], w2 = weights[row + ci + 2], w3 = weights[row + ci + 3];
            for (int co = 0; co < sum.length; co++) {
                sum[co] += v0 * w0[co] + v1 * w1[co] + v2 * w2[co] + v3 * w3[co];
            }
        }
        for (; ci < cin; ci++) {
            float v = in[i + ci];
            float[] w = weights[row + ci];
            for (int co = 0; co < sum.length; co++) {
                sum[co] += v * w[co];
            }
        }
    }

    /**
     * Depthwise convolution with a channel multiplier of 1; filter is [kh][kw][c][1]. Works a whole output row per
     * tap: the input pixels the tap sees are gathered into one array and multiplied by the tap's weights repeated
     * along the row, so the inner loop is long and, indexing its three arrays alike, vectorised.
     */
    static Tensor depthwise(Tensor x, float[] filter, int kh, int kw, int stride, boolean same) {
        int c = x.channels(), inW = x.width(), inH = x.height();
        Window win = Window.of(x, kh, kw, stride, same);
        int outW = win.outWidth(), rowLength = outW * c;
        float[][] tapRows = new float[kh * kw][rowLength];
        for (int t = 0; t < tapRows.length; t++) {
            for (int ox = 0; ox < outW; ox++) {
                System.arraycopy(filter, t * c, tapRows[t], ox * c, c);
            }
        }
        float[] out = new float[win.outHeight() * rowLength];
        float[] in = x.data();
        rows(win.outHeight(), oy -> {
            float[] sum = new float[rowLength];
            float[] seen = new float[rowLength];
            for (int ky = 0; ky < kh; ky++) {
                int iy = oy * stride + ky - win.padTop();
                if (iy < 0 || iy >= inH) {
                    continue;
                }
                for (int kx = 0; kx < kw; kx++) {
                    java.util.Arrays.fill(seen, 0);
                    int first = -1;
                    for (int ox = 0; ox < outW; ox++) {
                        int ix = ox * stride + kx - win.padLeft();
                        if (ix >= 0 && ix < inW) {
                            if (stride == 1) {
                                first = first < 0 ? ox : first; // contiguous: copied at once below
                            } else {
                                System.arraycopy(in, (iy * inW + ix) * c, seen, ox * c, c);
                            }
                        }
                    }
                    if (stride == 1 && first >= 0) {
                        int last = Math.min(outW - 1, inW - 1 - kx + win.padLeft());
                        int ix = first + kx - win.padLeft();
                        System.arraycopy(in, (iy * inW + ix) * c, seen, first * c, (last - first + 1) * c);
                    }
                    float[] weights = tapRows[ky * kw + kx];
                    for (int j = 0; j < rowLength; j++) {
                        sum[j] += seen[j] * weights[j];
                    }
                }
            }
            System.arraycopy(sum, 0, out, oy * rowLength, rowLength);
        });
        return new Tensor(win.outHeight(), outW, c, out);
    }

    /** Runs {@code row} for every output row, on all cores when there are enough rows to be worth splitting. */
    private static void rows(int count, java.util.function.IntConsumer row) {
        IntStream rows = IntStream.range(0, count);
        (count >= 8 ? rows.parallel() : rows).forEach(row);
    }

    static Tensor maxPool(Tensor x, int k, int stride, boolean same) {
        int c = x.channels(), inW = x.width(), inH = x.height();
        Window win = Window.of(x, k, k, stride, same);
        int outW = win.outWidth();
        float[] out = new float[win.outHeight() * outW * c];
        java.util.Arrays.fill(out, Float.NEGATIVE_INFINITY);
        float[] in = x.data();
        rows(win.outHeight(), oy -> {
            for (int ox = 0; ox < outW; ox++) {
                int o = (oy * outW + ox) * c;
                for (int ky = 0; ky < k; ky++) {
                    int iy = oy * stride + ky - win.padTop();
                    for (int kx = 0; kx < k && iy >= 0 && iy < inH; kx++) {
                        int ix = ox * stride + kx - win.padLeft();
                        if (ix >= 0 && ix < inW) {
                            int i = (iy * inW + ix) * c;
                            for (int ch = 0; ch < c; ch++) {
                                out[o + ch] = Math.max(out[o + ch], in[i + ch]);
                            }
                        }
                    }
                }
            }
        });
        return new Tensor(win.outHeight(), outW, c, out);
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
        float[] x = a.data(), y = b.data(), out = new float[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i] + y[i];
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

    /** ReLU into a new tensor (the input may feed other nodes too); branch-free, so the loop is vectorised. */
    static Tensor relu(Tensor x) {
        float[] d = x.data(), out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = Math.max(d[i], 0f);
        }
        return new Tensor(x.height(), x.width(), x.channels(), out);
    }

    static void reluInPlace(Tensor x) {
        float[] d = x.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.max(d[i], 0f);
        }
    }

    /** Parametric ReLU into a new tensor: negative values scaled by the channel's alpha. */
    static Tensor prelu(Tensor x, float[] alpha) {
        Tensor out = new Tensor(x.height(), x.width(), x.channels(), x.data().clone());
        preluInPlace(out, alpha);
        return out;
    }

    /** Parametric ReLU in place: negative values scaled by the channel's alpha. */
    static void preluInPlace(Tensor x, float[] alpha) {
        float[] d = x.data();
        int c = x.channels();
        for (int i = 0; i < d.length; i += c) {
            for (int ch = 0; ch < c; ch++) {
                float v = d[i + ch];
                d[i + ch] = Math.max(v, 0f) + alpha[ch] * Math.min(v, 0f);
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
