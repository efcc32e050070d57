package dev.facebeauty.ui.common;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;

/** Converts decoded pixels to a JavaFX image. Safe off the FX thread: an unattached image is a plain object. */
public final class FxImages {

    private FxImages() {
    }

    public static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableImage fx = new WritableImage(w, h);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            fx.getPixelWriter().setPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
        }
        return fx;
    }
}
