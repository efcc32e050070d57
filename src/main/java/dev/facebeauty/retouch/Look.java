package dev.facebeauty.retouch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A colour look as a short recipe of photographic adjustments, applied in order to an RGB colour (0–1). Each step is
 * a plain formula; {@link Filters} writes the 35 named looks with them and {@link Lut3d} bakes a look into a table.
 */
final class Look implements UnaryOperator<double[]> {

    private final List<UnaryOperator<double[]>> steps = new ArrayList<>();

    static Look recipe() {
        return new Look();
    }

    private Look then(UnaryOperator<double[]> step) {
        steps.add(step);
        return this;
    }

    @Override
    public double[] apply(double[] rgb) {
        double[] v = rgb.clone();
        for (UnaryOperator<double[]> step : steps) {
            v = step.apply(v);
        }
        return v;
    }

    static double luma(double[] v) {
        return luma(v[0], v[1], v[2]);
    }

    /** Rec. 601 luma of R, G, B. */
    static double luma(double r, double g, double b) {
        return 0.299 * r + 0.587 * g + 0.114 * b;
    }

    /** White balance: + warmer (more red, less blue), − cooler; about ±10 % at ±1. */
    Look temperature(double t) {
        return then(v -> new double[]{v[0] * (1 + 0.10 * t), v[1] * (1 + 0.02 * t), v[2] * (1 - 0.10 * t)});
    }

    /** + toward magenta, − toward green. */
    Look tint(double m) {
        return then(v -> new double[]{v[0] * (1 + 0.03 * m), v[1] * (1 - 0.08 * m), v[2] * (1 + 0.03 * m)});
    }

    /** Exposure in stops, with a soft shoulder so highlights roll off instead of clipping. */
    Look exposure(double stops) {
        double k = Math.pow(2, stops);
        return then(v -> map(v, x -> {
            double y = x * k;
            return y <= 0.8 ? y : 0.8 + 0.2 * (1 - Math.exp(-(y - 0.8) / 0.2));
        }));
    }

    /** S-curve contrast: x − k·sin(2πx)/2π, monotonic for |k| &lt; 1; negative flattens. */
    Look contrast(double k) {
        return then(v -> map(v, x -> x - k * Math.sin(2 * Math.PI * x) / (2 * Math.PI)));
    }

    /** Gamma on each channel: &lt; 1 lifts the mid-tones. */
    Look gamma(double g) {
        return then(v -> map(v, x -> Math.pow(Math.max(0, x), g)));
    }

    /** Saturation: −1 grey, 0 unchanged, + more colourful. */
    Look saturation(double s) {
        return then(v -> {
            double y = luma(v);
            return map(v, x -> y + (x - y) * (1 + s));
        });
    }

    /** Saturation that spares colours already strong (skin keeps its tone when muted colours are boosted). */
    Look vibrance(double s) {
        return then(v -> {
            double max = Math.max(v[0], Math.max(v[1], v[2])), min = Math.min(v[0], Math.min(v[1], v[2]));
            double sat = max <= 0 ? 0 : (max - min) / max;
            double y = luma(v);
            double k = 1 + s * (1 - sat);
            return map(v, x -> y + (x - y) * k);
        });
    }

    /** Lifts the blacks and lowers the whites a little: a matte, faded print. */
    Look fade(double f) {
        return then(v -> map(v, x -> 0.22 * f + x * (1 - 0.3 * f)));
    }

    /** Colours the shadows and the highlights (RGB offsets, scaled by darkness² and brightness²). */
    Look split(double[] shadows, double[] highlights) {
        return then(v -> {
            double y = luma(v);
            double ws = (1 - y) * (1 - y), wh = y * y;
            return new double[]{v[0] + ws * shadows[0] + wh * highlights[0],
                    v[1] + ws * shadows[1] + wh * highlights[1], v[2] + ws * shadows[2] + wh * highlights[2]};
        });
    }

    /** An even colour cast (RGB offsets) over the mid-tones, fading at black and white. */
    Look cast(double[] offset) {
        return then(v -> {
            double y = luma(v);
            double w = 4 * y * (1 - y);
            return new double[]{v[0] + w * offset[0], v[1] + w * offset[1], v[2] + w * offset[2]};
        });
    }

    /** Black and white from a channel mix, toned by multiplying with {@code tone} (1, 1, 1 = neutral grey). */
    Look mono(double[] mix, double[] tone) {
        return then(v -> {
            double y = mix[0] * v[0] + mix[1] * v[1] + mix[2] * v[2];
            return new double[]{y * tone[0], y * tone[1], y * tone[2]};
        });
    }

    /** Brightens and saturates colours near one hue (degrees), within ±width, e.g. skin at 25°. */
    Look hueBoost(double hue, double width, double brighten, double saturate) {
        return then(v -> {
            double h = hue(v);
            double d = Math.abs(((h - hue + 540) % 360) - 180);
            double w = d >= width ? 0 : 0.5 + 0.5 * Math.cos(Math.PI * d / width);
            double max = Math.max(v[0], Math.max(v[1], v[2])), min = Math.min(v[0], Math.min(v[1], v[2]));
            w *= max <= 0 ? 0 : Math.min(1, 4 * (max - min) / max); // greys have no hue
            double y = luma(v);
            double s = 1 + saturate * w, b = 1 + brighten * w;
            return map(v, x -> (y + (x - y) * s) * b);
        });
    }

    private static double hue(double[] v) {
        double max = Math.max(v[0], Math.max(v[1], v[2])), min = Math.min(v[0], Math.min(v[1], v[2]));
        double d = max - min;
        if (d <= 1e-9) {
            return 0;
        }
        double h;
        if (max == v[0]) {
            h = ((v[1] - v[2]) / d) % 6;
        } else if (max == v[1]) {
            h = (v[2] - v[0]) / d + 2;
        } else {
            h = (v[0] - v[1]) / d + 4;
        }
        return (h * 60 + 360) % 360;
    }

    private static double[] map(double[] v, java.util.function.DoubleUnaryOperator f) {
        return new double[]{f.applyAsDouble(v[0]), f.applyAsDouble(v[1]), f.applyAsDouble(v[2])};
    }
}
