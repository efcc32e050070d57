package dev.facebeauty.ui;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.engine.PreviewPhoto;
import dev.facebeauty.face.Face;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.jobs.BeautifyService;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.FxImages;
import dev.facebeauty.ui.common.UserMessages;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.image.Image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The open photo: where it came from, its pixels (read only, never written), the caption above it, and the faces found
 * in it. Every load or show takes a new ticket, so a slow answer about an earlier photo never lands on a later one.
 */
final class PhotoViewModel {

    private static final System.Logger LOG = System.getLogger(PhotoViewModel.class.getName());

    private final ReadOnlyObjectWrapper<Path> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<Face>> faces = new ReadOnlyObjectWrapper<>();
    /** The looks drawn small on the photo for the filter list: about a thumbnail's size. */
    static final int LOOK_SIDE = 64;
    private final ReadOnlyObjectWrapper<java.util.Map<dev.facebeauty.model.FilterType, Image>> looks =
            new ReadOnlyObjectWrapper<>(java.util.Map.of());
    private final ReadOnlyStringWrapper faceSummary = new ReadOnlyStringWrapper("");
    private final AppServices services;
    private final Executor executor;
    private final StatusLine status;
    private final LivePreview preview;
    private final Workspace workspace;
    private DecodedImage decoded;
    private long generation;

    PhotoViewModel(AppServices services, Executor executor, StatusLine status, LivePreview preview, Workspace workspace) {
        this.services = services;
        this.executor = executor;
        this.status = status;
        this.preview = preview;
        this.workspace = workspace;
    }

    /** The decoded photo, or null before one is open (or when a recovered result's original is gone). */
    DecodedImage decoded() {
        return decoded;
    }

    /** A new ticket: what was asked for before it no longer shows when it answers. */
    long nextTicket() {
        return ++generation;
    }

    boolean isCurrent(long ticket) {
        return ticket == generation;
    }

    /** Reads a photo in the background and shows it; {@code shown} runs (on the FX thread) once it is shown. */
    void open(Path path, Consumer<DecodedImage> shown) {
        long ticket = nextTicket();
        status.show(Text.get("photo.opening", path.getFileName()), StatusKind.BUSY);
        BeautifyService service = services.beautify();
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                DecodedImage d = service.open(path);
                return new Loaded(d, FxImages.toFx(d.image()));
            }
        };
        task.setOnSucceeded(e -> {
            if (!isCurrent(ticket)) {
                return;
            }
            Loaded loaded = task.getValue();
            show(ticket, path, loaded.decoded(), loaded.image());
            workspace.opened(path);
            status.show(Text.get("photo.ready", path.getFileName()), StatusKind.INFO);
            shown.accept(loaded.decoded());
        });
        task.setOnFailed(e -> {
            if (isCurrent(ticket)) {
                status.show(UserMessages.describe(task.getException()), StatusKind.ERROR);
            }
            if (!Files.exists(path)) {
                workspace.forget(path);
            }
        });
        executor.execute(task);
    }

    private record Loaded(DecodedImage decoded, Image image) {
    }

    /**
     * Shows a photo already read (or, with {@code photo} null, says the original is gone), and looks for its faces.
     */
    void show(long ticket, Path path, DecodedImage photo, Image picture) {
        decoded = photo;
        source.set(photo == null ? null : path);
        image.set(picture);
        info.set(photo == null ? Text.get("photo.gone", path) : describe(photo));
        if (photo != null) {
            analyseFaces(ticket, photo);
        } else {
            preview.clear();
            faces.set(null);
            faceSummary.set("");
        }
    }

    /** Each look drawn small on this photo, for the filter list; empty until drawn (and for no photo). */
    javafx.beans.property.ReadOnlyObjectProperty<java.util.Map<dev.facebeauty.model.FilterType, Image>> looksProperty() {
        return looks.getReadOnlyProperty();
    }

    private void drawLooks(long ticket, PreviewPhoto photo) {
        Task<java.util.Map<dev.facebeauty.model.FilterType, Image>> task = new Task<>() {
            @Override
            protected java.util.Map<dev.facebeauty.model.FilterType, Image> call() {
                java.util.Map<dev.facebeauty.model.FilterType, Image> shown = new java.util.EnumMap<>(dev.facebeauty.model.FilterType.class);
                photo.looks(LOOK_SIDE).forEach((look, picture) -> shown.put(look, FxImages.toFx(picture)));
                return shown;
            }
        };
        task.setOnSucceeded(e -> {
            if (isCurrent(ticket)) {
                looks.set(task.getValue());
            }
        });
        executor.execute(task);
    }

    /** Finds the faces once per photo, and prepares the preview copy; both in the background. */
    private void analyseFaces(long ticket, DecodedImage photo) {
        faces.set(null);
        looks.set(java.util.Map.of());
        faceSummary.set(Text.get("faces.looking"));
        preview.clear();
        Task<PreviewPhoto.Analysed> task = new Task<>() {
            @Override
            protected PreviewPhoto.Analysed call() {
                return PreviewPhoto.analyse(services.faces(), photo.image());
            }
        };
        task.setOnSucceeded(e -> {
            if (!isCurrent(ticket)) {
                return;
            }
            PreviewPhoto.Analysed a = task.getValue();
            preview.setPhoto(a.preview()); // first: whoever hears of the faces may ask for a preview at once
            faces.set(a.faces());
            faceSummary.set(a.faces().isEmpty() ? Text.get("faces.none") : Text.get("faces.count", a.faces().size()));
            drawLooks(ticket, a.preview());
        });
        task.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, "Face analysis failed", task.getException());
            faceSummary.set(Text.get("faces.failed"));
        });
        executor.execute(task);
    }


    /** Whether the photo was checked and holds no face (the cloud would refuse it). */
    boolean noFaceFound() {
        return faces.get() != null && faces.get().isEmpty();
    }

    ReadOnlyObjectProperty<Path> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<Face>> facesProperty() {
        return faces.getReadOnlyProperty();
    }

    ReadOnlyStringProperty faceSummaryProperty() {
        return faceSummary.getReadOnlyProperty();
    }

    private static String describe(DecodedImage d) {
        long bytes = d.originalBytes().length;
        return Text.get("caption.size", d.width(), d.height(), d.format()) + " · " + (bytes < 1_000_000
                ? Text.get("size.kilobytes", Math.max(1, Math.round(bytes / 1000.0)))
                : Text.get("size.megabytes", bytes / 1_000_000.0));
    }
}
