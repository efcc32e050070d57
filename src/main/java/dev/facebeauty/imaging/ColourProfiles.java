package dev.facebeauty.imaging;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.Optional;

/** Pictures' colour spaces: attaching an embedded profile to decoded samples, and reading one back for writing. */
public final class ColourProfiles {

    private ColourProfiles() {
    }

    /**
     * The same samples described by {@code profile} (an RGB profile, for an RGB picture with a component colour
     * model); the picture unchanged when the profile does not fit it, cannot be read, or is sRGB's own.
     */
    static BufferedImage withProfile(BufferedImage image, byte[] profile) {
        ColorModel model = image.getColorModel();
        if (!(model instanceof ComponentColorModel) || model.getNumColorComponents() != 3) {
            return image;
        }
        try {
            ICC_Profile icc = ICC_Profile.getInstance(profile);
            if (icc.getColorSpaceType() != ColorSpace.TYPE_RGB || isSrgb(icc)) {
                return image;
            }
            ColorModel described = new ComponentColorModel(new ICC_ColorSpace(icc), model.getComponentSize(),
                    model.hasAlpha(), model.isAlphaPremultiplied(), model.getTransparency(), model.getTransferType());
            WritableRaster raster = image.getRaster();
            return described.isCompatibleRaster(raster) ? new BufferedImage(described, raster, model.isAlphaPremultiplied(), null) : image;
        } catch (IllegalArgumentException e) {
            return image; // a damaged profile: the samples are taken as sRGB, as any viewer would
        }
    }

    /** The ICC profile of a picture that is not in sRGB (to embed when writing it); empty for sRGB. */
    public static Optional<byte[]> profileOf(BufferedImage image) {
        ColorSpace space = image.getColorModel().getColorSpace();
        if (space.isCS_sRGB() || !(space instanceof ICC_ColorSpace icc) || isSrgb(icc.getProfile())) {
            return Optional.empty();
        }
        return Optional.of(icc.getProfile().getData());
    }

    /** Whether the profile describes sRGB (the JDK's own, or any copy of it: same primaries and white). */
    private static boolean isSrgb(ICC_Profile profile) {
        ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
        if (profile == srgb) {
            return true;
        }
        int[] tags = {ICC_Profile.icSigRedColorantTag, ICC_Profile.icSigGreenColorantTag, ICC_Profile.icSigBlueColorantTag};
        for (int tag : tags) {
            byte[] mine = profile.getData(tag), theirs = srgb.getData(tag);
            if (mine == null || theirs == null || !close(mine, theirs)) {
                return false;
            }
        }
        return true;
    }

    /** Two XYZ tags equal to within 0.002 per value (s15Fixed16 numbers after the 8-byte tag header). */
    private static boolean close(byte[] a, byte[] b) {
        if (a.length < 20 || b.length < 20) {
            return Arrays.equals(a, b);
        }
        java.nio.ByteBuffer x = java.nio.ByteBuffer.wrap(a), y = java.nio.ByteBuffer.wrap(b);
        for (int i = 8; i < 20; i += 4) {
            if (Math.abs(x.getInt(i) - y.getInt(i)) / 65536.0 > 0.002) {
                return false;
            }
        }
        return true;
    }
}
