package dev.facebeauty.ui.common;

import javafx.scene.image.Image;

import java.util.List;
import java.util.Objects;

/** The product's name and icon, as every window shows them. */
public final class Branding {

    /** The product's name: a name, not a sentence, so it is the same in every language. */
    public static final String APP_NAME = "Face Beauty Studio";

    private Branding() {
    }

    /** The icon in every size the desktop asks for (task bar, Alt+Tab, title bar). */
    public static List<Image> appIcons() {
        return List.of(16, 32, 48, 64, 128, 256).stream()
                .map(size -> Branding.class.getResource("/dev/facebeauty/ui/face-beauty-studio-" + size + ".png"))
                .filter(Objects::nonNull)
                .map(url -> new Image(url.toExternalForm()))
                .toList();
    }
}
