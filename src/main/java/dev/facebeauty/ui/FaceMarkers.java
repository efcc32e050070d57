package dev.facebeauty.ui;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.text.Text;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The faces of a group photo, outlined and numbered over the original: a click picks a face, a click on the picked
 * face leaves it out or puts it back. A face left out is drawn dashed; the picked one in the accent colour.
 */
final class FaceMarkers extends Pane {

    private final FacesViewModel faces;
    private final ImageView picture;
    private final javafx.beans.property.ReadOnlyObjectProperty<List<Face>> found;

    FaceMarkers(FacesViewModel faces, javafx.beans.property.ReadOnlyObjectProperty<List<Face>> found, ImageView picture) {
        this.faces = faces;
        this.picture = picture;
        this.found = found;
        setId("face-markers");
        setPickOnBounds(false); // clicks between the faces reach the picture (panning, double-click)
        setManaged(false);
        prefWidthProperty().bind(picture.fitWidthProperty());
        prefHeightProperty().bind(picture.fitHeightProperty());
        for (var source : List.of(found, faces.amountsProperty(), faces.pickedProperty(), picture.fitWidthProperty(),
                picture.imageProperty(), picture.layoutXProperty(), picture.layoutYProperty())) {
            source.addListener(o -> redraw());
        }
    }

    /** Only a group photo needs choosing: one face is the whole photo's Amount. */
    private boolean shown() {
        return found.get() != null && found.get().size() > 1 && picture.getImage() != null;
    }

    /**
     * One click picks a face, the next on the picked face leaves it out or puts it back — but only once it is clear that
     * the click is not half of a double-click, which zooms (it passes on to the picture) and must never drop a face.
     */
    private void clicked(int index, javafx.scene.input.MouseEvent e) {
        if (e.getButton() != javafx.scene.input.MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() > 1) {
            pendingToggle.stop(); // a double-click: zoom, leave the face as it was
            return;
        }
        e.consume();
        if (faces.pickedProperty().get() != index) {
            faces.clicked(index);
        } else {
            pendingToggle.setOnFinished(done -> faces.clicked(index));
            pendingToggle.playFromStart();
        }
    }

    /** Waits out a double-click's second click before a single click on the picked face toggles it. */
    private final javafx.animation.PauseTransition pendingToggle = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(320));

    private void redraw() {
        getChildren().clear();
        if (!shown()) {
            return;
        }
        relocate(picture.getLayoutX(), picture.getLayoutY());
        resize(picture.getFitWidth(), picture.getFitHeight());
        double scale = picture.getFitWidth() / picture.getImage().getWidth();
        List<Face> list = found.get();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            Rectangle2D oval = list.get(i).bounds(FaceRegions.FACE_OVAL);
            Rectangle frame = new Rectangle(oval.getX() * scale, oval.getY() * scale, oval.getWidth() * scale,
                    oval.getHeight() * scale);
            frame.setArcWidth(12);
            frame.setArcHeight(12);
            frame.getStyleClass().add("face-marker");
            int amount = faces.amountsProperty().get().of(i);
            if (amount == 0) {
                frame.getStyleClass().add("left-out");
            }
            if (faces.pickedProperty().get() == i) {
                frame.getStyleClass().add("picked");
            }
            frame.setId("face-marker-" + (i + 1));
            Label number = new Label(amount == 100 ? String.valueOf(i + 1) : Text.get("faces.markerAmount", i + 1, amount));
            number.getStyleClass().add("face-number");
            number.relocate(oval.getX() * scale, Math.max(0, oval.getY() * scale - 20));
            Tooltip.install(frame, new Tooltip(Text.get("faces.markerTip", i + 1)));
            frame.setOnMouseClicked(e -> clicked(index, e));
            number.setOnMouseClicked(e -> clicked(index, e));
            getChildren().addAll(frame, number);
        }
    }
}
