package dev.facebeauty.ui;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The restore brush on the result picture: its round cursor, the tint over where it painted (M), and painting with the
 * pointer — while the brush is on, pressing and dragging paints instead of panning or moving the split divider.
 */
final class BrushOnResult {

    private final Circle cursor = new Circle();
    private final Rectangle maskTint = new Rectangle();
    private final ImageView maskClip = new ImageView();
    private boolean painting;

    BrushOnResult(RestoreBrush brush, ImagePane result, ImagePane original, BooleanProperty showingOriginal) {
        cursor.getStyleClass().add("brush-cursor");
        cursor.setId("brush-cursor");
        cursor.setManaged(false);
        cursor.setMouseTransparent(true);
        cursor.setVisible(false);
        cursor.radiusProperty().bind(brush.sizeProperty().divide(2.0));
        maskClip.imageProperty().bind(brush.maskImageProperty());
        maskClip.setSmooth(true);
        maskTint.setId("brush-mask-overlay");
        maskTint.getStyleClass().add("brush-mask");
        maskTint.setClip(maskClip);
        maskTint.setMouseTransparent(true);
        maskTint.widthProperty().bind(result.image.fitWidthProperty());
        maskTint.heightProperty().bind(result.image.fitHeightProperty());
        maskTint.visibleProperty().bind(result.image.imageProperty().isNotNull().and(brush.paintedProperty())
                .and(brush.showMaskProperty()));
        result.stage.addEventFilter(MouseEvent.ANY, e -> {
            if (!brush.activeProperty().get() || result.image.getImage() == null || result.image.getFitWidth() <= 0) {
                cursor.setVisible(false);
                return;
            }
            Point2D local = result.stage.sceneToLocal(e.getSceneX(), e.getSceneY());
            cursor.setCenterX(local.getX());
            cursor.setCenterY(local.getY());
            cursor.setVisible(e.getEventType() != MouseEvent.MOUSE_EXITED && !showingOriginal.get());
            Image photo = original.image.getImage();
            double photoPerScreen = photo == null ? 1 : photo.getWidth() / result.image.getFitWidth();
            double x = (local.getX() - result.image.getLayoutX()) * photoPerScreen;
            double y = (local.getY() - result.image.getLayoutY()) * photoPerScreen;
            if (e.getEventType() == MouseEvent.MOUSE_PRESSED && e.getButton() == MouseButton.PRIMARY) {
                painting = true;
                brush.press(x, y, photoPerScreen, e.isAltDown());
                e.consume();
            } else if (e.getEventType() == MouseEvent.MOUSE_DRAGGED && painting) {
                brush.drag(x, y, photoPerScreen);
                e.consume();
            } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED && painting) {
                painting = false;
                brush.release();
                e.consume();
            }
        });
        brush.activeProperty().addListener((obs, was, on) -> result.stage.setCursor(on ? Cursor.NONE : null));
    }

    Circle cursor() {
        return cursor;
    }

    Rectangle maskTint() {
        return maskTint;
    }

    /** Sized with the pictures, so the tint lies exactly over the brushed area. */
    ImageView maskClip() {
        return maskClip;
    }
}
