package dev.facebeauty.retouch;

import java.awt.geom.Rectangle2D;

/** An integer rectangle of the image that an effect works in, clipped to the image. */
record PixelArea(int x, int y, int width, int height) {

    static PixelArea around(Rectangle2D area, double margin, int imageWidth, int imageHeight) {
        int x0 = (int) Math.floor(Math.max(0, area.getMinX() - margin));
        int y0 = (int) Math.floor(Math.max(0, area.getMinY() - margin));
        int x1 = (int) Math.ceil(Math.min(imageWidth, area.getMaxX() + margin));
        int y1 = (int) Math.ceil(Math.min(imageHeight, area.getMaxY() + margin));
        return new PixelArea(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    int size() {
        return width * height;
    }
}
