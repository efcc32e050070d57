package dev.facebeauty.ui;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.app.EngineChoice;
import dev.facebeauty.engine.BeautyEngine;
import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.engine.JobStage;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.jobs.BeautifyService;
import dev.facebeauty.jobs.FaceByFace;
import dev.facebeauty.jobs.FullSizeResults;
import dev.facebeauty.jobs.JobOutcome;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.FxImages;
import dev.facebeauty.ui.common.UserMessages;
import javafx.concurrent.Task;
import javafx.scene.image.Image;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Beautify: the open photo prepared for the chosen engine, the job run (submitted, polled and downloaded for the
 * cloud), the result rebuilt at full size when asked, and shown; the status line follows each step.
 */
final class BeautifyAction {

    private final AppServices services;
    private final EngineChoice engines;
    private final StatusLine status;
    private final PhotoViewModel photo;
    private final ResultViewModel result;
    private final LivePreview preview;
    private final AdjustmentsViewModel adjustments;
    private final Supplier<Settings> settings;
    private final Supplier<EngineKind> engineKind;
    private final Consumer<String> preparationNotes;
    private final Runnable refreshCredits;
    private final FacesViewModel faces;

    BeautifyAction(AppServices services, EngineChoice engines, StatusLine status, PhotoViewModel photo,
                   ResultViewModel result, LivePreview preview, AdjustmentsViewModel adjustments,
                   Supplier<Settings> settings, Supplier<EngineKind> engineKind, Consumer<String> preparationNotes,
                   Runnable refreshCredits, FacesViewModel faces) {
        this.faces = faces;
        this.services = services;
        this.engines = engines;
        this.status = status;
        this.photo = photo;
        this.result = result;
        this.preview = preview;
        this.adjustments = adjustments;
        this.settings = settings;
        this.engineKind = engineKind;
        this.preparationNotes = preparationNotes;
        this.refreshCredits = refreshCredits;
    }

    /** The engine chosen now, or why it cannot be used, in a sentence. */
    BeautyEngine engine() throws UserMessages.UserFacingException {
        try {
            return engines.engine(engineKind.get(), settings.get());
        } catch (EngineChoice.UnavailableException e) {
            throw new UserMessages.UserFacingException(e.getMessage());
        }
    }

    void run() {
        DecodedImage picture = photo.decoded();
        if (picture == null || status.isBusy()) {
            return;
        }
        BeautyEngine engine;
        try {
            engine = engine();
        } catch (UserMessages.UserFacingException e) {
            status.show(e.getMessage(), StatusKind.ERROR);
            return;
        }
        Path path = photo.sourceProperty().get();
        BeautyParameters parameters = adjustments.parameters();
        boolean cloud = engine.paidServiceScope().isPresent();
        OutputSize outputSize = settings.get().outputSize();
        float quality = settings.get().jpegQualityFraction();
        preview.supersede();
        BeautifyService service = services.beautify();
        // Face by face, as chosen on the original now: a face left out keeps the look with the built-in engine.
        java.util.List<dev.facebeauty.face.Face> found = photo.facesProperty().get();
        dev.facebeauty.model.FaceAmounts amounts = faces.amountsProperty().get();
        boolean lookKept = engineKind.get() == EngineKind.LOCAL;
        Task<Finished> task = new Task<>() {
            @Override
            protected Finished call() throws Exception {
                updateMessage(JobStage.PREPARING.running());
                PreparedUpload upload = service.prepare(picture, engine);
                if (!upload.unchanged()) {
                    String notes = String.join(" ", upload.adjustments());
                    javafx.application.Platform.runLater(() -> preparationNotes.accept(notes));
                }
                JobOutcome served = service.beautify(path, upload, parameters, engine, new ProgressListener() {
                    @Override
                    public void stage(JobStage stage) {
                        updateMessage(stage == JobStage.DONE ? stage.label() : stage.running());
                    }
                });
                if (FullSizeResults.applies(served, picture) && outputSize == OutputSize.FULL) {
                    updateMessage(Text.get("status.rebuilding", picture.width(), picture.height()));
                }
                JobOutcome outcome = service.asKept(served, picture, parameters, outputSize, quality);
                // The built-in engine and a rebuild hand over their picture; only a download is decoded to be shown.
                DecodedImage resultPixels = service.picture(outcome.result());
                if (found != null && !amounts.everyFaceInFull()) {
                    outcome = FaceByFace.apply(outcome, resultPixels.image(), picture, found, amounts, parameters,
                            lookKept, quality);
                    resultPixels = service.picture(outcome.result());
                }
                return new Finished(outcome, FxImages.toFx(resultPixels.image()), resultPixels);
            }
        };
        task.messageProperty().addListener((obs, old, message) -> {
            if (message != null && !message.isEmpty()) {
                status.show(message, StatusKind.BUSY);
            }
        });
        task.setOnSucceeded(e -> {
            Finished finished = task.getValue();
            preview.supersede();
            result.show(finished.outcome(), finished.image(), finished.pixels(), path, cloud);
            status.show(Text.get("status.done"), StatusKind.SUCCESS);
            refreshCredits.run();
        });
        task.setOnFailed(e -> {
            status.show(UserMessages.describe(task.getException()), StatusKind.ERROR);
            if (cloud) {
                refreshCredits.run(); // the balance after a failure that may have been charged, beside the one from before
            }
        });
        task.setOnCancelled(e -> status.show(Text.get("status.cancelled"),
                StatusKind.INFO));
        status.start(task);
    }

    private record Finished(JobOutcome outcome, Image image, DecodedImage pixels) {
    }
}
