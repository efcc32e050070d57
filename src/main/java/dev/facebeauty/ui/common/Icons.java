package dev.facebeauty.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

import java.util.Locale;

/** The app's icons: simple filled shapes on a 24-unit grid, drawn here, coloured by CSS ({@code .icon}). */
public final class Icons {

    public static final String OPEN = "M2 6a2 2 0 0 1 2-2h5l2 2h9a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2z";
    public static final String SPARKLE = "M10 2l2 6.5 6.5 2-6.5 2L10 19l-2-6.5-6.5-2 6.5-2z"
            + "M19 13l1 3 3 1-3 1-1 3-1-3-3-1 3-1z M18 1l.8 2.2L21 4l-2.2.8L18 7l-.8-2.2L15 4l2.2-.8z";
    public static final String SAVE = "M11 3h2v9.2l3.3-3.3 1.4 1.4L12 16l-5.7-5.7 1.4-1.4 3.3 3.3z M4 18h16v3H4z";
    public static final String STOP = "M6 6h12v12H6z";
    /** A stack of photos. */
    public static final String BATCH = "M3 8h13v12H3z M7 4h14v12h-3V7H7z";
    /** Two frames side by side. */
    public static final String SIDE_BY_SIDE = "M2 5h9v14H2z M13 5h9v14h-9z M4 7v10h5V7z M15 7v10h5V7z";
    /** One frame cut by a vertical line. */
    public static final String SPLIT = "M2 5h20v14H2z M4 7v10h7V7z M13 7v10h7V7z";
    /** A round brush: handle, ferrule and a tip. */
    public static final String BRUSH = "M20.7 2.3a1 1 0 0 1 0 1.4l-8.3 8.3-2.4-2.4 8.3-8.3a1 1 0 0 1 1.4 0z"
            + "M9 11l4 4-1.2 1.2C11 19.5 7.5 21.5 3 21c1.3-1.2 1.6-2.8 1.8-4.4.3-2.2 1.8-3.6 3.4-4.4z";
    /** Four frames in a square. */
    public static final String GRID = "M3 3h8v8H3z M13 3h8v8h-8z M3 13h8v8H3z M13 13h8v8h-8z";
    /** A clock face with its hands. */
    public static final String HISTORY = "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20z M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z"
            + "M11 6h2v5.6l3.7 2.2-1 1.7L11 12.7z";
    public static final String RESET = "M12 4V1L7 5.5 12 10V6.5a5.5 5.5 0 1 1-5.5 5.5H4a8 8 0 1 0 8-8z";
    public static final String MOON = "M20.5 14.5A8.5 8.5 0 0 1 9.5 3.5a8.5 8.5 0 1 0 11 11z";
    public static final String GEAR = gear();
    /** Four corners opening outwards: the whole picture in view. */
    public static final String FIT = "M3 3h6v2H5v4H3z M15 3h6v6h-2V5h-4z M3 15h2v4h4v2H3z M19 15h2v6h-6v-2h4z";
    public static final String CLOSE = "M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z";

    private Icons() {
    }

    public static Node icon(String path) {
        return icon(path, 16);
    }

    public static Node icon(String path, double size) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.setFillRule(FillRule.EVEN_ODD);
        svg.getStyleClass().add("icon");
        double scale = size / 24.0;
        svg.setScaleX(scale);
        svg.setScaleY(scale);
        StackPane box = new StackPane(svg);
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setMaxSize(size, size);
        return box;
    }

    /** An eight-toothed cog with a hole, computed rather than hand-traced so it stays symmetric. */
    private static String gear() {
        StringBuilder sb = new StringBuilder();
        int teeth = 8;
        double outer = 11;
        double inner = 8.2;
        for (int i = 0; i < teeth * 4; i++) {
            double angle = Math.PI * 2 * i / (teeth * 4) - Math.PI / (teeth * 4);
            double r = (i % 4 == 1 || i % 4 == 2) ? outer : inner;
            sb.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.2f %.2f",
                    12 + r * Math.cos(angle), 12 + r * Math.sin(angle)));
        }
        sb.append("z M12 8.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z");
        return sb.toString();
    }
}
