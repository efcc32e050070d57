package dev.facebeauty.retouch;

import dev.facebeauty.model.FilterType;

import java.util.EnumMap;
import java.util.Map;

/**
 * The 35 named looks, each a deliberate recipe (the cloud's own looks are not published, so these are ours, designed
 * to match their names and to be clearly different from one another). Tables are built on first use and kept.
 */
public final class Filters {

    static final int LUT_SIZE = 33;
    private static final double[] NEUTRAL = {1, 1, 1};
    private static final double[] BW_MIX = {0.30, 0.59, 0.11};
    private static final Map<FilterType, Lut3d> TABLES = new EnumMap<>(FilterType.class);

    private Filters() {
    }

    static synchronized Lut3d table(FilterType filter) {
        return TABLES.computeIfAbsent(filter, f -> Lut3d.of(LUT_SIZE, look(f)));
    }

    static Look look(FilterType filter) {
        Look l = Look.recipe();
        return switch (filter) {
            // Classic monochrome: red-weighted mix for smooth skin, a touch more contrast.
            case BLACK_AND_WHITE -> l.mono(new double[]{0.40, 0.45, 0.15}, NEUTRAL).contrast(0.25);
            // Quiet: less colour, a little cooler and softer.
            case CALM -> l.saturation(-0.35).temperature(-0.3).contrast(-0.15);
            // Warm light, half a stop brighter, a little more colour.
            case SUNNY_DAY -> l.temperature(0.6).exposure(0.35).vibrance(0.25);
            // Cinematic teal shadows and orange highlights.
            case JOURNEY -> l.split(new double[]{-0.06, 0.02, 0.07}, new double[]{0.07, 0.02, -0.06}).contrast(0.2);
            // Slightly warm, lifted mid-tones, skin hues gently brightened.
            case BEAUTIFY_SKIN -> l.temperature(0.2).gamma(0.9).hueBoost(25, 35, 0.06, -0.1);
            // Green-cyan shadows, faded blacks, warm highlights: a Hong Kong film look.
            case HONG_KONG_STYLE -> l.split(new double[]{-0.05, 0.05, 0.03}, new double[]{0.05, 0.02, -0.03}).fade(0.45).saturation(0.1);
            // Pastel: faded, lighter, lower saturation with a lilac cast.
            case AESTHETIC -> l.fade(0.6).saturation(-0.25).cast(new double[]{0.02, -0.01, 0.04}).gamma(0.9);
            // Soft pink warmth.
            case LOVELY -> l.cast(new double[]{0.06, -0.01, 0.03}).gamma(0.92).contrast(-0.1);
            // Cool, high contrast, muted colour.
            case NEW_YORK -> l.temperature(-0.45).contrast(0.45).saturation(-0.35);
            // Pink highlights, bright and airy.
            case SAKURA -> l.split(new double[]{0, 0, 0.01}, new double[]{0.06, -0.02, 0.04}).exposure(0.25);
            // Youthful: bright, low contrast, fresh.
            case SEVENTEEN -> l.exposure(0.4).contrast(-0.3).vibrance(0.15);
            // Lifted shadows, gentle contrast.
            case SOFT_LIGHT -> l.fade(0.3).gamma(0.85).contrast(-0.2);
            // Warm brown mid-tones, like tea light.
            case AFTERNOON_TEA -> l.temperature(0.45).cast(new double[]{0.04, 0.01, -0.05}).saturation(-0.1).fade(0.15);
            // Red-orange hues brightened: skin glows, the rest stays.
            case BRIGHTEN_SKIN -> l.hueBoost(22, 40, 0.18, -0.05).gamma(0.95);
            // Silent-film sepia, strong contrast.
            case CHAPLIN -> l.mono(BW_MIX, new double[]{1.08, 0.95, 0.78}).contrast(0.4);
            // Flowers: greens and magentas richer.
            case FLORAL -> l.hueBoost(110, 50, 0.02, 0.45).hueBoost(320, 45, 0.02, 0.45).vibrance(0.1);
            // Faded warm memories.
            case MEMORIES -> l.fade(0.5).temperature(0.45).saturation(-0.2);
            // Cool and bright, clean skin.
            case ICE_BEAUTY -> l.temperature(-0.55).exposure(0.3).saturation(-0.1);
            // Warm magenta, romantic.
            case PARIS -> l.temperature(0.3).tint(0.45).contrast(0.1);
            // Time-worn: desaturated and warm, slightly faded.
            case TIME -> l.saturation(-0.55).temperature(0.4).fade(0.25);
            // Toy-camera: punchy saturation and contrast, cross-processed shadows.
            case LOMO -> l.saturation(0.5).contrast(0.55).split(new double[]{0, 0.02, 0.05}, new double[]{0.04, 0.03, -0.04});
            // Sepia with faded blacks, an old print.
            case OLD_TIMES -> l.mono(BW_MIX, new double[]{1.1, 0.96, 0.76}).fade(0.5);
            // Fresh green-yellow spring light.
            case EARLY_SPRING -> l.cast(new double[]{0.01, 0.05, -0.04}).exposure(0.15).vibrance(0.2);
            // Muted teal, storytelling.
            case STORY -> l.saturation(-0.3).split(new double[]{-0.03, 0.03, 0.05}, new double[]{0, 0.02, 0.02}).fade(0.2);
            // Strong vibrance, vivid but skin-safe.
            case ABAO_COLOR -> l.vibrance(0.8).contrast(0.15);
            // Fill light: shadows opened, highlights kept.
            case FILL_LIGHT -> l.gamma(0.72).contrast(-0.1);
            // Plain warmer white balance.
            case WARM -> l.temperature(0.8);
            // Rich and bold: more contrast and saturation.
            case GORGEOUS -> l.contrast(0.35).saturation(0.35).exposure(0.05);
            // Violet tint.
            case LAVENDER -> l.cast(new double[]{0.03, -0.03, 0.08}).saturation(-0.1);
            // Graphic black and white, very high contrast.
            case CHANEL -> l.mono(new double[]{0.25, 0.60, 0.15}, NEUTRAL).contrast(0.75).gamma(1.1);
            // Cool, desaturated, matte.
            case PRAGUE -> l.temperature(-0.35).saturation(-0.4).fade(0.4);
            // Dreamy faded purple-brown.
            case OLD_DREAMS -> l.fade(0.45).cast(new double[]{0.04, -0.02, 0.03}).temperature(0.2).saturation(-0.25);
            // Peach: warm pink-orange mid-tones.
            case PEACH_BLOSSOM -> l.cast(new double[]{0.07, 0.02, -0.01}).gamma(0.93);
            // An honest pink cast.
            case PINK -> l.cast(new double[]{0.08, -0.03, 0.05});
            // Rainy mist: low contrast, blue-grey, faded.
            case MISTY_RAIN -> l.contrast(-0.35).saturation(-0.45).temperature(-0.35).fade(0.35);
        };
    }
}
